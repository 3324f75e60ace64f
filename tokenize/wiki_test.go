package tokenize_test

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

// WikiText gives what a page's reader sees of its wikitext: the words of
// the prose, its links' labels, its section titles as headings, and none of
// its templates, tables, references, files, categories or markup.
func TestWikiText(t *testing.T) {
	tests := []struct{ name, markup, want string }{
		{"bold and a link", "'''القاهرة''' هي عاصمة [[مصر]] وأكبر مدنها.", "القاهرة هي عاصمة مصر وأكبر مدنها."},
		{"italic", "فيلم ''الأرض'' من إخراج يوسف شاهين.", "فيلم الأرض من إخراج يوسف شاهين."},
		{"a link's label", "أسسها [[الدولة الفاطمية|الفاطميون]] في القرن العاشر.", "أسسها الفاطميون في القرن العاشر."},
		{"a link's trail", "الشعب [[مصر]]ي كبير.", "الشعب مصري كبير."},
		{"a link's underscores", "عاصمة [[المملكة_المغربية]].", "عاصمة المملكة المغربية."},
		{"the pipe trick", "ولد في [[باريس (فرنسا)|]] عام 1900.", "ولد في باريس عام 1900."},
		{"a link to another wiki's page", "انظر [[:en:Cairo|كايرو]] أيضا.", "انظر كايرو أيضا."},
		{"a template", "{{صندوق معلومات مدينة|الاسم=القاهرة|السكان=20}}\nالقاهرة مدينة كبيرة.", "القاهرة مدينة كبيرة."},
		{"templates nested", "{{أ|{{ب|ج}}|د={{هـ}}}}القاهرة مدينة كبيرة.", "القاهرة مدينة كبيرة."},
		{"a template's parameter", "{{{1}}}القاهرة مدينة كبيرة.", "القاهرة مدينة كبيرة."},
		{"a parameter's default, a template", "{{{1|{{ب}}}}}القاهرة مدينة كبيرة.", "القاهرة مدينة كبيرة."},
		{"empty parentheses left by a template", "'''القاهرة''' ({{lang-en|Cairo}}) هي عاصمة مصر.", "القاهرة هي عاصمة مصر."},
		{"a language's label left alone by a template", "'''القاهرة''' (بالإنجليزية: {{lang|en|Cairo}}) هي عاصمة مصر.", "القاهرة هي عاصمة مصر."},
		{"parentheses with words stay", "'''القاهرة''' (أم الدنيا) هي عاصمة مصر.", "القاهرة (أم الدنيا) هي عاصمة مصر."},
		{"a reference", "تقع على النيل.<ref>{{استشهاد ويب|مسار=http://x|عنوان=مرجع}}</ref> يبلغ عدد سكانها عشرين مليونا.", "تقع على النيل. يبلغ عدد سكانها عشرين مليونا."},
		{"a named reference reused", "تقع على النيل<ref name=\"a\" />.", "تقع على النيل."},
		{"a reference in capitals", "تقع على النيل.<REF>مرجع</REF>", "تقع على النيل."},
		{"a comment", "تقع <!-- راجع هذا -->على النيل.", "تقع على النيل."},
		{"a comment never closed", "تقع على النيل.<!-- بقية", "تقع على النيل."},
		{"a file with a caption that links", "[[ملف:القاهرة.jpg|تصغير|القاهرة ليلا من [[برج القاهرة]]]]\nتقع على النيل.", "تقع على النيل."},
		{"a file in English", "[[File:Cairo.jpg|thumb|المدينة]]تقع على النيل.", "تقع على النيل."},
		{"categories and other languages", "تقع على النيل.\n\n[[تصنيف:مدن مصر]]\n[[Category:Capitals]]\n[[en:Cairo]]\n[[zh-yue:開羅]]", "تقع على النيل."},
		{"a table", "{| class=\"wikitable\"\n|-\n! السنة !! السكان\n|-\n| 2020 || {{رقم|20}}\n|}\nتقع على النيل.", "تقع على النيل."},
		{"a table in a template", "{{صندوق|\n{|\n| خلية\n|}\n}}تقع على النيل.", "تقع على النيل."},
		{"a section's title", "تقع على النيل.\n== التاريخ ==\nأسست في القرن العاشر.", "تقع على النيل.\n\n## التاريخ\n\nأسست في القرن العاشر."},
		{"a section's title with a link", "تقع على النيل.\n=== [[العصر الفاطمي]] ===\nأسست في القرن العاشر.", "تقع على النيل.\n\n## العصر الفاطمي\n\nأسست في القرن العاشر."},
		{"references' and links' sections", "تقع على النيل.\n== المراجع ==\n{{مراجع}}\n* مرجع أول\n=== كتب ===\n* كتاب\n== وصلات خارجية ==\n* [http://x.org الموقع]\n== التاريخ ==\nأسست في القرن العاشر.", "تقع على النيل.\n\n## التاريخ\n\nأسست في القرن العاشر."},
		{"see also, spelled with tanween", "تقع على النيل.\n==انظر أيضًا==\n* [[الجيزة]]", "تقع على النيل."},
		{"an external link's label", "انظر [https://example.org الموقع الرسمي] للمزيد.", "انظر الموقع الرسمي للمزيد."},
		{"an external link without a label", "تقع على النيل[https://example.org].", "تقع على النيل."},
		{"a bracket that is no link", "الآية [2] من السورة.", "الآية [2] من السورة."},
		{"a list", "من أحيائها:\n* [[الزمالك]]\n* المعادي\n# مصر الجديدة", "من أحيائها:\nالزمالك\nالمعادي\nمصر الجديدة"},
		{"an indented line", "تقع على النيل.\n: وهي أكبر مدن أفريقيا.", "تقع على النيل.\nوهي أكبر مدن أفريقيا."},
		{"a paragraph over lines", "تقع القاهرة\nعلى النيل.\n\nوهي أكبر مدن أفريقيا.", "تقع القاهرة على النيل.\n\nوهي أكبر مدن أفريقيا."},
		{"a line break", "تقع على النيل.<br />وهي أكبر مدن أفريقيا.", "تقع على النيل.\nوهي أكبر مدن أفريقيا."},
		{"tags whose text shows", "<small>تقع</small> على <span style=\"color:red\">النيل</span>.", "تقع على النيل."},
		{"tags whose text does not", "<math>x^2</math><gallery>\nملف:أ.jpg|أ\n</gallery><includeonly>قالب</includeonly>تقع على النيل.", "تقع على النيل."},
		{"a reference never closed", "تقع على النيل<ref name=x>.", "تقع على النيل."},
		{"magic words", "__NOTOC__\n__لا_فهرس__\nتقع على النيل.", "تقع على النيل."},
		{"a rule", "تقع على النيل.\n----\nوهي أكبر مدن أفريقيا.", "تقع على النيل.\n\nوهي أكبر مدن أفريقيا."},
		{"entities", "تقع على&nbsp;النيل &mdash; شرقا.", "تقع على\u00a0النيل — شرقا."},
		{"braces never closed", "تقع على {{ النيل.", "تقع على {{ النيل."},
		{"brackets closed before opened", "تقع ]] على [[ النيل.", "تقع ]] على [[ النيل."},
		{"a template closing a link's label", "[[مصر|{{أ]]}} تقع على النيل.", "{{أ}} تقع على النيل."},
		{"a less-than sign", "إذا كان س < ص فإن ص > س.", "إذا كان س < ص فإن ص > س."},
		{"nothing", "", ""},
		{"nothing but markup", "{{قالب}}\n[[تصنيف:س]]\n<ref>م</ref>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokenize.WikiText(tt.markup))
		})
	}
}

// A MediaWiki export (Wikipedia's or Wikinews' dump, Special:Export) is
// read a page at a time: each article of the main namespace, its title and
// id, its last revision's text as WikiText gives it; redirects,
// disambiguation pages, pages of other namespaces and pages of other
// content are none.
func TestReadMediaWiki(t *testing.T) {
	dump := wikiDump(
		wikiPage("القاهرة", 0, 1, "'''القاهرة''' هي عاصمة [[مصر]].<ref>مرجع</ref>\n== التاريخ ==\nأسسها الفاطميون."),
		wikiPage("قاهرة", 0, 2, "#تحويل [[القاهرة]]")+"",
		`<page><title>المعز</title><ns>0</ns><id>3</id><redirect title="المعز لدين الله" /><revision><id>9</id><text xml:space="preserve">نص الصفحة.</text></revision></page>`,
		wikiPage("قالب:مدينة", 10, 4, "قالب المدينة."),
		wikiPage("نقاش:القاهرة", 1, 5, "نقاش عن المدينة."),
		wikiPage("النيل (توضيح)", 0, 6, "'''النيل''' قد يشير إلى:\n* [[نهر النيل]]\n{{توضيح}}"),
		`<page><title>دمشق</title><ns>0</ns><id>7</id><revision><id>10</id><text>نسخة قديمة.</text></revision><revision><id>11</id><model>wikitext</model><text bytes="40">'''دمشق''' من أقدم المدن &amp; أعرقها.</text></revision></page>`,
		`<page><title>وحدة:بيانات</title><ns>0</ns><id>8</id><revision><model>Scribunto</model><text>return {}</text></revision></page>`,
		wikiPage("فارغة", 0, 9, "{{بذرة}}"),
	)
	want := []tokenize.Article{
		{Title: "القاهرة", ID: "1", Text: "القاهرة هي عاصمة مصر.\n\n## التاريخ\n\nأسسها الفاطميون."},
		{Title: "دمشق", ID: "7", Text: "دمشق من أقدم المدن & أعرقها."},
	}
	got, err := readWiki(strings.NewReader(dump), -1)
	require.NoError(t, err)
	assert.Equal(t, want, got)

	t.Run("whole, as Articles reads it", func(t *testing.T) {
		require.True(t, tokenize.IsMediaWiki(dump))
		require.True(t, tokenize.IsFeed(dump), "Check refuses it as the feeds it reads")
		articles, ok := tokenize.Articles(dump)
		require.True(t, ok)
		assert.Equal(t, want, articles)
	})
	t.Run("a byte at a time", func(t *testing.T) {
		got, err := readWiki(iotest.OneByteReader(strings.NewReader(dump)), -1)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	})
	t.Run("cut off in a download", func(t *testing.T) {
		cut := dump[:strings.Index(dump, "نسخة قديمة")]
		got, err := readWiki(strings.NewReader(cut), -1)
		require.NoError(t, err)
		assert.Equal(t, want[:1], got)
	})
	t.Run("a page past the bound is passed over", func(t *testing.T) {
		long := wikiDump(wikiPage("طويلة", 0, 1, strings.Repeat("نص طويل جدا. ", 200)), wikiPage("دمشق", 0, 7, "'''دمشق''' من أقدم المدن &amp; أعرقها."))
		got, err := readWiki(strings.NewReader(long), 1000)
		require.NoError(t, err)
		assert.Equal(t, want[1:], got)
		got, err = readWiki(strings.NewReader(long), -1)
		require.NoError(t, err)
		assert.Len(t, got, 2, "unbounded, it is read")
	})
	t.Run("a reader's error", func(t *testing.T) {
		boom := errors.New("boom")
		got, err := readWiki(io.MultiReader(strings.NewReader(dump[:strings.Index(dump, "<page>")+10]), iotest.ErrReader(boom)), -1)
		assert.ErrorIs(t, err, boom)
		assert.Empty(t, got)
	})
	t.Run("damaged", func(t *testing.T) {
		bad := strings.Replace(dump, "<title>دمشق</title>", "<title>دمشق</tit le>", 1)
		got, err := readWiki(strings.NewReader(bad), -1)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "after 1 pages")
		assert.Equal(t, want[:1], got)
	})
	t.Run("nested past any export", func(t *testing.T) {
		deep := wikiDump(wikiPage("القاهرة", 0, 1, "'''القاهرة''' هي عاصمة [[مصر]].")) + strings.Repeat("<a>", 1_000_000)
		deep = strings.Replace(deep, "</mediawiki>", "", 1)
		got, err := readWiki(strings.NewReader(deep), -1)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "nested")
		assert.Len(t, got, 1)
	})
	t.Run("no export", func(t *testing.T) {
		for _, text := range []string{"<mediawiki>", "<rss version=\"2.0\"><channel/></rss>", "نص عادي.", "<doc id=\"1\">نص</doc>"} {
			assert.Equal(t, text == "<mediawiki>", tokenize.IsMediaWiki(text), text)
		}
	})
}

// readWiki collects what ReadMediaWiki yields, up to its error.
func readWiki(r io.Reader, maxText int) ([]tokenize.Article, error) {
	var got []tokenize.Article
	for a, err := range tokenize.ReadMediaWiki(r, maxText) {
		if err != nil {
			return got, err
		}
		got = append(got, a)
	}
	return got, nil
}

// wikiDump is a MediaWiki export of pages, as Wikipedia's dumps write it.
func wikiDump(pages ...string) string {
	return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="ar">
  <siteinfo>
    <sitename>ويكيبيديا</sitename>
    <dbname>arwiki</dbname>
    <base>https://ar.wikipedia.org/wiki/</base>
  </siteinfo>
` + strings.Join(pages, "\n") + "\n</mediawiki>\n"
}

// wikiPage is a page of a MediaWiki export with one revision of markup,
// escaped as XML escapes it.
func wikiPage(title string, ns, id int, markup string) string {
	var b strings.Builder
	b.WriteString("  <page>\n    <title>" + title + "</title>\n")
	b.WriteString("    <ns>" + strconv.Itoa(ns) + "</ns>\n    <id>" + strconv.Itoa(id) + "</id>\n")
	b.WriteString("    <revision>\n      <id>" + strconv.Itoa(100+id) + "</id>\n      <model>wikitext</model>\n      <format>text/x-wiki</format>\n")
	b.WriteString(`      <text bytes="` + strconv.Itoa(len(markup)) + `" xml:space="preserve">`)
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	if strings.Contains(markup, "&amp;") {
		r = strings.NewReplacer("<", "&lt;", ">", "&gt;") // already escaped
	}
	b.WriteString(r.Replace(markup))
	b.WriteString("</text>\n    </revision>\n  </page>")
	return b.String()
}
