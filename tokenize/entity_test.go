package tokenize_test

import (
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/tokenize"
)

func TestEntityRune(t *testing.T) {
	tests := []struct {
		in   string
		want rune
		n    int
	}{
		{"&quot;نعم", '"', 6},
		{"&#34;", '"', 5},
		{"&#x22;", '"', 6},
		{"&laquo;", '«', 7},
		{"&raquo;", '»', 7},
		{"&#171;", '«', 6},
		{"&#xBB;", '»', 6},
		{"&ldquo;", '“', 7},
		{"&rdquo;", '”', 7},
		{"&#8220;", '“', 7},
		{"&apos;", '\'', 6},
		{"&nbsp;", '\u00a0', 6},
		{"&#160;", '\u00a0', 6},
		{"&#1575;", 'ا', 7},
		{"&ndash;", '–', 7}, // a dash as an editor that writes entities writes it, as «&#8211;» reads
		{"&mdash;", '—', 7},
		{"&amp;", -1, 5},       // an entity, of no character the rules read
		{"&copy;", -1, 6},      // the same
		{"&#1114112;", -1, 10}, // past the last character
		{"&quot", 0, 0},        // no ';': text
		{"R&D;", 0, 0},
		{"", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, n := tokenize.EntityRune(tt.in)
			assert.Equal(t, tt.want, r)
			assert.Equal(t, tt.n, n)
		})
	}
}

// A page writes quotation marks and spaces as entities; the rules read
// them as the characters they stand for.
func ExampleEntityRune() {
	for _, s := range []string{"&quot;نعم", "&#171;", "&nbsp;", "&amp;", "R&D"} {
		switch r, n := tokenize.EntityRune(s); {
		case n == 0:
			fmt.Printf("%s: no entity\n", s)
		case r < 0:
			fmt.Printf("%s: an entity of %d bytes, no mark\n", s, n)
		default:
			fmt.Printf("%s: %q, %d bytes\n", s, r, n)
		}
	}
	// Output:
	// &quot;نعم: '"', 6 bytes
	// &#171;: '«', 6 bytes
	// &nbsp;: '\u00a0', 6 bytes
	// &amp;: an entity of 5 bytes, no mark
	// R&D: no entity
}

// A page's HTML on one line: each paragraph and heading is a line of its
// own, and the menu of links gives no unit.
func ExampleSentences_html() {
	page := `<ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul>` +
		`<h1>افتتاح معرض الكتاب</h1><p>افتتح الوزير&nbsp;المعرض أمس.</p><p>وقال إن &quot;الزوار كثر.&quot; ثم غادر.</p>`
	for _, s := range tokenize.Sentences(page) {
		fmt.Println(s.Line, s.Heading, s.In(page))
	}
	// Output:
	// 0 true افتتاح معرض الكتاب
	// 1 false افتتح الوزير&nbsp;المعرض أمس.
	// 2 false وقال إن &quot;الزوار كثر.&quot;
	// 2 false ثم غادر.
}

func TestCharAt(t *testing.T) {
	tests := []struct {
		in   string
		want rune
		n    int
	}{
		{"&quot;نعم", '"', 6},
		{"&amp;", -1, 5},
		{"&quot", '&', 1}, // no ';': the '&' itself
		{"نعم", 'ن', 2},
		{"", utf8.RuneError, 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, n := tokenize.CharAt(tt.in)
			assert.Equal(t, tt.want, r)
			assert.Equal(t, tt.n, n)
		})
	}
}

func TestPlain(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text as it is", "الحكومة ترفع أسعار الوقود", "الحكومة ترفع أسعار الوقود"},
		{"entities read", "&#34;النمر الأسود&#34; يعرض في &quot;الرياض&quot; &amp; جدة", "\"النمر الأسود\" يعرض في \"الرياض\" & جدة"},
		{"tags left out", "<b>الوزير</b> يفتتح <a href=\"/news.php?id=5\">المعرض</a>", "الوزير يفتتح المعرض"},
		{"an inline tag inside a word parts it not", "الوزير يفتتح الم<span>عرض</span>", "الوزير يفتتح المعرض"},
		{"white space one space, no-break spaces too", "  الوزير\n يفتتح&nbsp;المعرض\t", "الوزير يفتتح المعرض"},
		{"a '<' that opens no tag is text", "العدد < 5 و <نص", "العدد < 5 و <نص"},
		{"an escaped tag is text", "&lt;b&gt; الوسم", "<b> الوسم"},
		{"nothing", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokenize.Plain(tt.in))
		})
	}
}
