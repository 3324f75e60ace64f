package tokenize_test

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"unicode"
	"unicode/utf8"

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
		// A few templates stand for words of the sentence, and show them:
		// a blank that does not break, and a measure with its conversion
		// (the measure as written, the conversion left out).
		{"a blank written as a template", "تبعد 10{{nbsp}}كم عن{{Spaces|2}}المدينة{{space}}القديمة.", "تبعد 10 كم عن المدينة القديمة."},
		{"a measure converted: its value and unit", "تبلغ مساحتها {{تحويل|3085|كم2}} ويبلغ طول نهرها {{convert|6,650|km|mi|abbr=on}} و{{cvt|abbr=on|12|m}} عمقا.", "تبلغ مساحتها 3085 كم2 ويبلغ طول نهرها 6,650 km و12 m عمقا."},
		{"a range converted", "يرتفع {{convert|5|-|10|m}} أو {{تحويل|20|إلى|30|كم}} عن البحر.", "يرتفع 5–10 m أو 20 إلى 30 كم عن البحر."},
		// A date (the page's months: an Arabic page's as the Arabic wiki
		// names them), a number, a phrase kept on one line.
		{"a date written as a template", "ولد في {{تاريخ الميلاد والعمر|1944|5|14}} في موديستو وتوفي {{Death date and age|2020|12|03|1944|5|14}}.", "ولد في 14 مايو 1944 في موديستو وتوفي 3 ديسمبر 2020."},
		{"a month or a year alone, named parameters passed over", "ولد في {{birth_date|df=yes|1950|3}} وتأسست في {{start date|1990}}.", "ولد في مارس 1950 وتأسست في 1990."},
		{"an English page's date", "Mansoura was founded on {{Start date|1219|6|1}} by the sultan.", "Mansoura was founded on 1 June 1219 by the sultan."},
		{"a date that is none is left out", "ولد في {{birth date|1950|13|1}} و{{تاريخ الميلاد|عام|3|1}} و{{birth date|1950|2|32}} و{{birth date}}.", "ولد في و و و."},
		{"a number formatted, a phrase kept on one line", "يسكنها {{formatnum:1234567}} نسمة {{nowrap|في عام 2020}}، و{{formatnum: }} {{nowrap}}.", "يسكنها 1234567 نسمة في عام 2020، و ."},
		{"a conversion with a template inside, or too few values, is left out", "يرتفع {{convert|{{{1}}}|m}} و{{convert|5}} و{{convert{{x}}|5|m}} و{{convert|[[5]]|m}} عن البحر.", "يرتفع و و و عن البحر."},
		{"empty parentheses left by a template", "'''القاهرة''' ({{lang-en|Cairo}}) هي عاصمة مصر.", "القاهرة هي عاصمة مصر."},
		{"a language's label left alone by a template", "'''القاهرة''' (بالإنجليزية: {{lang|en|Cairo}}) هي عاصمة مصر.", "القاهرة هي عاصمة مصر."},
		// A word in another language inside the sentence is a word of it:
		// left out, it left a gap («صدر الفيلم بعنوان عام 1990»).
		{"a language's template inside a sentence shows its text", "صدر الفيلم بعنوان {{lang|en|The Cairo Trilogy}} عام 1990 وعرف بـ{{Lang-fr|La Trilogie}} في فرنسا.", "صدر الفيلم بعنوان The Cairo Trilogy عام 1990 وعرف بـLa Trilogie في فرنسا."},
		{"…and in parentheses that say more than a label; named parameters passed over", "صدر الفيلم {{lang|en|italic=no|The Trilogy}} (وتعني {{lang|fr|la trilogie}}) عام 1990 و{{lang|en}} و{{lang-|x}}.", "صدر الفيلم The Trilogy (وتعني la trilogie) عام 1990 و و."},
		// «<nowiki>» shows its content as written: a page writes so the
		// marks it talks about, or a line that would otherwise be a list.
		{"a link and a template in nowiki, as written", "يكتب المحرر <nowiki>[[مصر]]</nowiki> للرابط و<nowiki>{{مرجع}}</nowiki> للقالب.", "يكتب المحرر [[مصر]] للرابط و{{مرجع}} للقالب."},
		{"apostrophes, a tag and a heading's marks in nowiki", "تكتب <nowiki>'''</nowiki> للخط العريض و<nowiki><ref></nowiki> للمرجع.\n<nowiki>== عنوان ==</nowiki>", "تكتب ''' للخط العريض و<ref> للمرجع. == عنوان =="},
		{"a line's first mark in nowiki is no list", "<nowiki>*</nowiki> نجمة في أول السطر.", "* نجمة في أول السطر."},
		{"nowiki in any case, its entities read once, its lines joined", "الرمز <NoWiki>&amp; &amp;lt; [[\nب]]</NOWIKI> هنا.", "الرمز & &lt; [[ ب]] هنا."},
		{"a NUL in nowiki is a line break, as anywhere", "نص <nowiki>أ\x00ب</nowiki> آخر.", "نص أ ب آخر."},
		{"an empty nowiki parts a link's trail", "الشعب [[مصر]]<nowiki/>ي كبير.", "الشعب مصري كبير."},
		{"a nowiki never closed is dropped, what follows read", "نص <nowiki>[[مصر]] آخر.", "نص مصر آخر."},
		{"a text that holds the private runes reads nowiki as markup", "نص \uF8E0 <nowiki>[[مصر]]</nowiki> آخر.", "نص \uF8E0 مصر آخر."},
		{"parentheses with a writer's marks stay", "قال إن القانون (...) صدر، وينقصه فاصلة (').", "قال إن القانون (...) صدر، وينقصه فاصلة (')."},
		{"parentheses left with a comma", "'''القاهرة''' ({{lang-en|Cairo}}، {{lang-fr|Le Caire}}) هي عاصمة مصر.", "القاهرة هي عاصمة مصر."},
		{"parentheses left with the dash between two templates", "'''نجيب محفوظ''' ({{مولد|1911}} – {{وفاة|2006}}) روائي مصري.", "نجيب محفوظ روائي مصري."},
		{"two dates, as the page shows them, as a page that writes them out keeps them", "'''نجيب محفوظ''' ({{تاريخ الميلاد|1911|12|11}} – {{تاريخ الوفاة|2006|8|30}}) روائي مصري.", "نجيب محفوظ (11 ديسمبر 1911 – 30 أغسطس 2006) روائي مصري."},
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
		{"a section's title with a line break", "تقع على النيل.\n== العصر<br />الحديث ==\nشهدت نموا.", "تقع على النيل.\n\n## العصر الحديث\n\nشهدت نموا."},
		{"a section's title with a link", "تقع على النيل.\n=== [[العصر الفاطمي]] ===\nأسست في القرن العاشر.", "تقع على النيل.\n\n## العصر الفاطمي\n\nأسست في القرن العاشر."},
		{"references' and links' sections", "تقع على النيل.\n== المراجع ==\n{{مراجع}}\n* مرجع أول\n=== كتب ===\n* كتاب\n== وصلات خارجية ==\n* [http://x.org الموقع]\n== التاريخ ==\nأسست في القرن العاشر.", "تقع على النيل.\n\n## التاريخ\n\nأسست في القرن العاشر."},
		{"see also, spelled with tanween", "تقع على النيل.\n==انظر أيضًا==\n* [[الجيزة]]", "تقع على النيل."},
		{"an external link's label", "انظر [https://example.org الموقع الرسمي] للمزيد.", "انظر الموقع الرسمي للمزيد."},
		{"an external link in a file's caption", "[[ملف:س.jpg|تصغير|الصورة من [https://example.org المصدر]]]تقع على النيل.", "تقع على النيل."},
		{"an external link in a link's label", "انظر [[مصر|موقع [https://example.org مصر]]] للمزيد.", "انظر موقع مصر للمزيد."},
		{"an external link with a template in its label", "انظر [https://example.org الموقع {{ب}}] للمزيد.", "انظر الموقع للمزيد."},
		{"an external link without a label", "تقع على النيل[https://example.org].", "تقع على النيل."},
		{"a bracket that is no link", "الآية [2] من السورة.", "الآية [2] من السورة."},
		{"a list", "من أحيائها:\n* [[الزمالك]]\n* المعادي\n# مصر الجديدة", "من أحيائها:\nالزمالك\nالمعادي\nمصر الجديدة"},
		{"an indented line", "تقع على النيل.\n: وهي أكبر مدن أفريقيا.", "تقع على النيل.\nوهي أكبر مدن أفريقيا."},
		{"a paragraph over lines", "تقع القاهرة\nعلى النيل.\n\nوهي أكبر مدن أفريقيا.", "تقع القاهرة على النيل.\n\nوهي أكبر مدن أفريقيا."},
		{"a line break", "تقع على النيل.<br />وهي أكبر مدن أفريقيا.", "تقع على النيل.\nوهي أكبر مدن أفريقيا."},
		{"tags whose text shows", "<small>تقع</small> على <span style=\"color:red\">النيل</span>.", "تقع على النيل."},
		{"tags whose text does not", "<math>x^2</math><gallery>\nملف:أ.jpg|أ\n</gallery><includeonly>قالب</includeonly>تقع على النيل.", "تقع على النيل."},
		{"a reference never closed", "تقع على النيل<ref name=x>.", "تقع على النيل."},
		{"a reference never closed before the list of references", "تقع على النيل<ref name=x>.\n<references>\n</references>\nوهي أكبر مدن أفريقيا.", "تقع على النيل.\n\nوهي أكبر مدن أفريقيا."},
		{"magic words", "__NOTOC__\n__لا_فهرس__\nتقع على النيل.", "تقع على النيل."},
		{"a rule", "تقع على النيل.\n----\nوهي أكبر مدن أفريقيا.", "تقع على النيل.\n\nوهي أكبر مدن أفريقيا."},
		{"entities, a space without a break a blank", "تقع على&nbsp;النيل &mdash; شرقا.", "تقع على النيل — شرقا."},
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

// IsWikitext tells a wiki page's markup (action=raw, an API's revision,
// the edit box) from prose, Markdown and templates of other kinds.
func TestIsWikitext(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"an article's opening", "'''المنصورة''' مدينة [[مصر|مصرية]] تقع على [[نهر النيل]].", true},
		{"an infobox above links", "{{معلومات مدينة\n| الاسم = المنصورة\n}}\nالمنصورة مدينة [[مصر|مصرية]] تقع على [[نهر النيل]].", true},
		{"a news page's template and links", "{{تاريخ|2024-01-24}}\nافتتح [[رئيس الوزراء]] اليوم [[معرض القاهرة الدولي للكتاب]].", true},
		{"links and a section", "نص عن [[مصر]] و[[النيل]].\n== التاريخ ==\nنص آخر.", true},
		{"links and a reference", "نص عن [[مصر]] و[[النيل]].<ref>مرجع</ref>", true},
		{"links and a table", "نص عن [[مصر]] و[[النيل]].\n{| class=wikitable\n| أ\n|}", true},
		{"in the text's first 64 KiB", strings.Repeat("نص الخبر هنا. ", 2000) + "'''ع''' [[أ]] [[ب]]", true},
		{"prose", "افتتح وزير الثقافة معرض الكتاب الدولي اليوم. وقال إن المعرض يضم ألف ناشر.", false},
		{"links alone, as a note-taking app writes them", "انظر [[مصر]] و[[النيل]] و[[القاهرة]].", false},
		{"one link and bold", "'''المنصورة''' مدينة [[مصر|مصرية]].", false},
		{"Markdown's links and bold", "**المنصورة** مدينة [مصرية](https://example.org) على [النيل](https://example.org/nile).\n## التاريخ", false},
		{"a static site's shortcodes", "{{< figure src=\"a.jpg\" >}}\nنص عن [[مصر]] و[[النيل]].", false},
		{"brackets that do not close on their line", "نص [[مصر\nو]] [[النيل\n]].\n{{أ}}", false},
		{"italic is no sign: a quotation in two apostrophes", "قال ''نعم'' ثم [[مضى]] إلى [[البيت]].", false},
		{"links that do not close on their lines, then two that do", strings.Repeat("[[ع\n", 3) + "{{أ}}\n[[ب]] [[ج]]", true},
		{"past the text's first 64 KiB", strings.Repeat("نص الخبر هنا. ", 6000) + "'''ع''' [[أ]] [[ب]]", false},
		{"nothing", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokenize.IsWikitext(tt.text))
		})
	}
}

func TestWikiTextHostile(t *testing.T) {
	// Each shape, large or deep, is read in one pass (no timing is
	// asserted: a mark is matched once, a '>', ']' or end tag looked for
	// once for all the marks before it, links read no deeper than a few).
	const story = "نص الخبر هنا."
	tests := []struct {
		name, markup string
		keeps        bool // the story comes through
	}{
		{"1,000,000 templates that never close", strings.Repeat("{{", 1_000_000) + story, true},
		{"1,000,000 templates' ends that close nothing", strings.Repeat("}}", 1_000_000) + story, true},
		{"a template nested 300,000 deep", strings.Repeat("{{", 300_000) + "ع" + strings.Repeat("}}", 300_000) + story, true},
		{"a link nested 300,000 deep", strings.Repeat("[[", 300_000) + "ع" + strings.Repeat("]]", 300_000) + story, true},
		{"a link's label nested 300,000 deep", strings.Repeat("[[ع|", 300_000) + "ع" + strings.Repeat("]]", 300_000) + story, true},
		{"300,000 links and templates crossed", strings.Repeat("[[{{]]}}", 300_000) + story, true},
		{"a table nested 300,000 deep", strings.Repeat("{|\n", 300_000) + strings.Repeat("|}\n", 300_000) + story, true},
		{"1,000,000 references that never close", strings.Repeat("<ref>", 1_000_000) + story, true},
		{"1,000,000 tags that never close", strings.Repeat("<a ", 1_000_000) + "\n" + story, true},
		{"1,000,000 '<'s", strings.Repeat("<", 1_000_000) + "\n" + story, true},
		{"a comment that never closes", story + "<!--" + strings.Repeat("ع ", 1_000_000), true},
		{"a line of 1,000,000 external links that never close", strings.Repeat("[http://x ع ", 1_000_000) + "\n" + story, true},
		{"a line of 1,000,000 external links that one bracket closes", strings.Repeat("[http://x ", 1_000_000) + "]\n" + story, true},
		{"1,000,000 external links in links' labels", strings.Repeat("[[ع|[http://x ع]", 1_000_000) + strings.Repeat("]]", 1_000_000) + "\n" + story, true},
		{"1,000,000 magic words that never close", strings.Repeat("__ع", 1_000_000) + "\n" + story, true},
		{"1,000,000 parentheses that never close", strings.Repeat("(ع ", 1_000_000) + "\n" + story, true},
		{"1,000,000 apostrophes", strings.Repeat("'", 1_000_000) + "\n" + story, true},
		{"a heading of 1,000,000 '='s", strings.Repeat("=", 1_000_000) + "\n" + story, true},
		{"200,000 sections of references", strings.Repeat("== المراجع ==\n* مرجع.\n", 200_000) + "== ع ==\n" + story, true},
		{"a line of 300,000 language templates", strings.Repeat("{{lang|en|x}} ", 300_000) + "\n" + story, true},
		{"300,000 language templates in one pair of parentheses", "(" + strings.Repeat("{{lang-en|x}}، ", 300_000) + ")\n" + story, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokenize.WikiText(tt.markup)
			assert.Equal(t, tt.keeps, strings.Contains(got, story))
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
	t.Run("a page whose text is its title: no title, as every reader of articles gives it", func(t *testing.T) {
		got, err := readWiki(strings.NewReader(wikiDump(wikiPage("ع", 0, 1, "'''ع"))), -1)
		require.NoError(t, err)
		assert.Equal(t, []tokenize.Article{{ID: "1", Text: "ع"}}, got)
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
	t.Run("a page past the bound is passed over, named; a talk page, a redirect or a module, without a word", func(t *testing.T) {
		text := strings.Repeat("نص طويل جدا. ", 200)
		long := wikiDump(wikiPage("طويلة", 0, 1, text), wikiPage("نقاش:طويلة", 1, 2, text),
			`<page><title>تحويلة</title><ns>0</ns><id>3</id><redirect title="دمشق" /><revision><text>`+text+`</text></revision></page>`,
			`<page><title>وحدة:طويلة</title><ns>0</ns><id>4</id><revision><model>Scribunto</model><text>`+text+`</text></revision></page>`,
			wikiPage("دمشق", 0, 7, "'''دمشق''' من أقدم المدن &amp; أعرقها."))
		got, errs := goneOn(tokenize.ReadMediaWiki(strings.NewReader(long), 1000))
		assert.Equal(t, want[1:], got)
		require.Len(t, errs, 1)
		var passed *tokenize.LongError
		require.ErrorAs(t, errs[0], &passed)
		assert.Equal(t, tokenize.LongError{ID: "1", Title: "طويلة", Bound: 1000}, *passed)
		assert.Equal(t, "the page «طويلة» (1) is past the bound of 1000 bytes", errs[0].Error())
		got, err := readWiki(strings.NewReader(long), -1)
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
		var broken *tokenize.WikiError
		require.ErrorAs(t, err, &broken)
		assert.Equal(t, 1, broken.Articles)
		assert.Equal(t, want[:1], got)
	})
	t.Run("nested past any export", func(t *testing.T) {
		deep := wikiDump(wikiPage("القاهرة", 0, 1, "'''القاهرة''' هي عاصمة [[مصر]].")) + strings.Repeat("<a>", 1_000_000)
		deep = strings.Replace(deep, "</mediawiki>", "", 1)
		got, err := readWiki(strings.NewReader(deep), -1)
		var broken *tokenize.WikiError
		require.ErrorAs(t, err, &broken)
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

// wikiSeeds are markup of each kind WikiText reads, for the fuzzers.
var wikiSeeds = []string{
	"'''القاهرة''' ({{lang-en|Cairo}}) هي عاصمة [[مصر|مصرية]] [[مصر]]ي.<ref name=a>{{cite|x}}</ref>\n== التاريخ ==\nنص.",
	"{{a|{{b}}}}[[ملف:x.jpg|تصغير|[[ع]]]]\n{|\n| خلية\n|}\n* بند\n: مسافة\n----\n__NOTOC__ [https://x.org الموقع] &nbsp;",
	"== المراجع ==\n<references/>\n=== ع ===\nن\n== ب ==\nنص<!-- ت -->.<br>سطر",
	"[[{{]]}} {{{1|{{ب}}}}} ''(بالإنجليزية: )'' <math>x</math><ref>", "[[:en:X|ع]] [[باريس (فرنسا)|]] [[ع\nن]]",
	"ولد {{تاريخ الميلاد والعمر|1944|5|14}} ({{birth_date|df=y|1950|3}}) {{formatnum:12 345}} {{nowrap|في [[مصر]]}} {{nowrap|عام}}.",
}

func FuzzWikiText(f *testing.F) {
	for _, s := range wikiSeeds {
		f.Add(s)
	}
	const markupBytes = "[]{}<>'=_&*#:;|!-()\n\r\t\x00"
	f.Fuzz(func(t *testing.T, markup string) {
		got := tokenize.WikiText(markup)
		assert.Equal(t, got, tokenize.WikiText(markup), "same input, same output")
		assert.NotContains(t, got, "\x00", "no mark of a break is left")
		assert.NotContains(t, got, "\n\n\n", "one blank line between paragraphs at most")
		assert.Equal(t, strings.TrimSpace(got), got, "no blank line or space at the ends")
		if utf8.ValidString(markup) {
			assert.True(t, utf8.ValidString(got), "valid UTF-8 stays valid")
		}
		// Text without a byte of markup is itself, its runs of blanks
		// one space, or nothing without a letter or a digit.
		if !strings.ContainsAny(markup, markupBytes) && utf8.ValidString(markup) {
			want := strings.Join(strings.Fields(markup), " ")
			if !strings.ContainsFunc(want, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
				want = ""
			}
			assert.Equal(t, want, got)
		}
	})
}

func FuzzReadMediaWiki(f *testing.F) {
	for _, s := range wikiSeeds {
		f.Add(s)
	}
	f.Add(wikiDump(wikiPage("ع", 0, 1, wikiSeeds[0]), wikiPage("ب", 0, 2, wikiSeeds[1])))
	f.Add(`<mediawiki><page><title>ع</title><revision><text>نص</text></revision><revision><text>`)
	f.Fuzz(func(t *testing.T, text string) {
		// Read as a dump: the same through a reader of one byte at a
		// time, and as Articles reads it whole.
		got, errs := goneOn(tokenize.ReadMediaWiki(strings.NewReader(text), 1<<10))
		slow, slowErrs := goneOn(tokenize.ReadMediaWiki(iotest.OneByteReader(strings.NewReader(text)), 1<<10))
		assert.Equal(t, got, slow, "a byte at a time")
		assert.Equal(t, len(errs), len(slowErrs))
		for i, err := range errs {
			var long *tokenize.LongError
			if errors.As(err, &long) {
				assert.Equal(t, long.Title, strings.Join(strings.Fields(long.Title), " "), "a title is one line")
				continue
			}
			assert.Equal(t, len(errs)-1, i, "an error but a page past the bound ends it")
		}
		for _, a := range got {
			assert.NotEmpty(t, a.Text)
			assert.Equal(t, strings.Join(strings.Fields(a.Title), " "), a.Title, "a title is one line")
		}
		if tokenize.IsMediaWiki(text) && len(text) <= 1<<10 {
			whole, ok := tokenize.Articles(text)
			require.True(t, ok)
			assert.Equal(t, got, whole, "as Articles reads it")
		}
		// As a page's markup in a dump: its text is WikiText's, or no
		// article when WikiText gives no word, and none of a redirect or
		// a disambiguation page.
		if !utf8.ValidString(text) || strings.ContainsFunc(text, func(r rune) bool { return r < ' ' && r != '\n' && r != '\t' || r == '\uFFFE' || r == '\uFFFF' }) {
			return // no XML holds it
		}
		page, err := readWiki(strings.NewReader(wikiDump(wikiPage("ع", 0, 1, strings.ReplaceAll(text, "&", "&amp;")))), -1)
		require.NoError(t, err)
		plain := tokenize.WikiText(text)
		if len(page) == 1 {
			assert.Equal(t, plain, page[0].Text)
			return
		}
		require.Empty(t, page)
		head := strings.ToLower(strings.TrimSpace(text))
		assert.True(t, !tokenize.HasWordOutsideTags(plain) || strings.HasPrefix(head, "#redirect") || strings.HasPrefix(head, "#تحويل") || strings.Contains(strings.ToLower(text), "{{"),
			"an article unless it has no word, redirects or may be a disambiguation page: %q", plain)
	})
}

func ExampleWikiText() {
	markup := "{{معلومات مدينة|الاسم=المنصورة}}\n'''المنصورة''' ({{lang-en|Mansoura}}) مدينة [[مصر|مصرية]] على [[نهر النيل]].<ref>مرجع.</ref>\n" +
		"== التاريخ ==\nأسسها [[الملك الكامل]] عام 1219.\n== المراجع ==\n{{مراجع}}\n[[تصنيف:مدن مصر]]"
	fmt.Println(tokenize.WikiText(markup))
	// Output:
	// المنصورة مدينة مصرية على نهر النيل.
	//
	// ## التاريخ
	//
	// أسسها الملك الكامل عام 1219.
}

func ExampleReadMediaWiki() {
	dump := `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">
  <page><title>المنصورة</title><ns>0</ns><id>12</id>
    <revision><text>'''المنصورة''' مدينة [[مصر|مصرية]].</text></revision></page>
  <page><title>منصورة</title><ns>0</ns><id>13</id><redirect title="المنصورة" />
    <revision><text>#تحويل [[المنصورة]]</text></revision></page>
</mediawiki>`
	for a, err := range tokenize.ReadMediaWiki(strings.NewReader(dump), 64<<20) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s %s: %s\n", a.ID, a.Title, a.Text)
	}
	// Output:
	// 12 المنصورة: المنصورة مدينة مصرية.
}

// A bound shorter than a tag (the export's root, with its namespaces and
// schema, runs to some 250 bytes) bounds the text, not the markup: each
// page is named past it, where the dump was said to break («XML syntax
// error on line 1») because the root's attributes were cut.
func TestReadMediaWikiBoundShorterThanATag(t *testing.T) {
	root := `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.mediawiki.org/xml/export-0.11/ http://www.mediawiki.org/xml/export-0.11.xsd" version="0.11" xml:lang="ar">`
	dump := strings.Replace(wikiDump(
		wikiPage("القاهرة", 0, 1, "'''القاهرة''' هي عاصمة [[مصر]] وأكبر مدنها، وتقع على ضفتي نهر النيل."),
		wikiPage("دمشق", 0, 2, "'''دمشق''' عاصمة سوريا، ومن أقدم المدن المأهولة في العالم."),
	), `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="ar">`, root, 1)
	require.Greater(t, len(root), 200)
	for _, bound := range []int{40, 60, 80} { // past the titles, short of the texts
		t.Run(strconv.Itoa(bound), func(t *testing.T) {
			var named []string
			for a, err := range tokenize.ReadMediaWiki(strings.NewReader(dump), bound) {
				var long *tokenize.LongError
				require.ErrorAs(t, err, &long, "an article of %d bytes of text, or the dump said to break", len(a.Text))
				named = append(named, long.Title)
			}
			assert.Equal(t, []string{"القاهرة", "دمشق"}, named)
		})
	}
	got, err := readWiki(strings.NewReader(dump), 200)
	require.NoError(t, err, "text within the bound, a tag past it")
	assert.Len(t, got, 2)
}
