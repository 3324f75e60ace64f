package tokenize_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		body  string // the text after the block; "" with ok false means the whole text
		title string
		ok    bool
	}{
		{"yaml, hugo", "---\ntitle: \"افتتاح المعرض\"\ndate: 2026-11-01\ndraft: false\n---\nنص الخبر.", "نص الخبر.", "افتتاح المعرض", true},
		{"yaml, plain title", "---\ntitle: افتتاح المعرض\n---\nنص.", "نص.", "افتتاح المعرض", true},
		{"yaml, single quotes", "---\ntitle: 'افتتاح المعرض'\n---\nنص.", "نص.", "افتتاح المعرض", true},
		{"yaml, a doubled single quote is one quote", "---\ntitle: 'معرض ''الكتاب'' الدولي'\n---\nنص.", "نص.", "معرض ''الكتاب'' الدولي", true},
		{"yaml, an escaped double quote stays in", "---\ntitle: \"معرض \\\"الكتاب\\\"\"\n---\nنص.", "نص.", "معرض \\\"الكتاب\\\"", true},
		{"yaml, a comment after a plain title", "---\ntitle: افتتاح المعرض # مسودة\n---\nنص.", "نص.", "افتتاح المعرض", true},
		{"yaml, closed by three dots", "---\ntitle: عنوان\n...\nنص.", "نص.", "عنوان", true},
		{"yaml, title key in capitals", "---\nTitle: عنوان\n---\nنص.", "نص.", "عنوان", true},
		{"yaml, the first title is the title", "---\ntitle: الأول\ntitle: الثاني\n---\nنص.", "نص.", "الأول", true},
		{"yaml, an indented title is another key's", "---\nparams:\n  title: فرعي\n---\nنص.", "نص.", "", true},
		{"yaml, a block scalar title is not read", "---\ntitle: >-\n  عنوان طويل\n---\nنص.", "نص.", "", true},
		{"yaml, without a title", "---\ndate: 2026-11-01\ntags: [\"ثقافة\"]\n---\nنص.", "نص.", "", true},
		{"yaml, a title without letters", "---\ntitle: \"\"\n---\nنص.", "نص.", "", true},
		{"yaml, crlf", "---\r\ntitle: عنوان\r\n---\r\nنص.", "نص.", "عنوان", true},
		{"yaml, after a byte order mark", "\ufeff---\ntitle: عنوان\n---\nنص.", "نص.", "عنوان", true},
		{"yaml, delimiters with trailing blanks", "--- \ntitle: عنوان\n---\t\nنص.", "نص.", "عنوان", true},
		{"yaml, an empty body", "---\ntitle: عنوان\n---", "", "عنوان", true},
		{"a reader's header (Jina Reader)", "Title: افتتاح المعرض | أخبار\n\nURL Source: https://example.com/a\n\nPublished Time: 2026-11-01T10:00:00+03:00\n\nMarkdown Content:\nنص.", "نص.", "افتتاح المعرض | أخبار", true},
		{"a reader's header without its content line is text", "Title: افتتاح المعرض\n\nنص الخبر.\nMarkdown Content:\nنص.", "", "", false},
		{"toml, hugo", "+++\ntitle = \"افتتاح المعرض\"\ndate = 2026-11-01\n+++\nنص.", "نص.", "افتتاح المعرض", true},
		{"toml, literal string", "+++\ntitle = 'افتتاح المعرض'\n+++\nنص.", "نص.", "افتتاح المعرض", true},
		{"toml, a table's title is not the page's", "+++\ndate = 2026-11-01\n[params]\ntitle = \"فرعي\"\n+++\nنص.", "نص.", "", true},
		{"toml, does not close with dashes", "+++\ntitle = \"عنوان\"\n---\nنص.", "", "", false},
		{"a rule above a paragraph is not a block", "---\nنص الخبر الأول.\n---\nنص.", "", "", false},
		{"a rule above a speaker's words is not a block", "---\nقال الوزير: نص.\n---\nنص.", "", "", false},
		{"never closed", "---\ntitle: عنوان\nنص الخبر.", "", "", false},
		{"not at the top", "نص.\n---\ntitle: عنوان\n---\nنص.", "", "", false},
		{"after a blank line", "\n---\ntitle: عنوان\n---\nنص.", "", "", false},
		{"four dashes are a rule", "----\ntitle: عنوان\n----\nنص.", "", "", false},
		{"a key with a space is a sentence's words", "---\nmy title: عنوان\n---\nنص.", "", "", false},
		{"a colon glued to a word is not a key", "---\ntitle:عنوان\n---\nنص.", "", "", false},
		{"only the opening line", "---", "", "", false},
		{"empty", "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, title, ok := tokenize.FrontMatter(tt.text)
			require.Equal(t, tt.ok, ok)
			if !ok {
				assert.Zero(t, body)
				assert.Zero(t, title)
				return
			}
			assert.Equal(t, tt.body, tt.text[body:])
			assert.Equal(t, tt.title, title.In(tt.text))
		})
	}
}

// The front matter gives no sentence; its title is the text's first
// heading, on the first line, and the body is split as a text of its own
// with its lines numbered after that one.
func TestSentencesAfterFrontMatter(t *testing.T) {
	text := "---\ntitle: \"افتتاح معرض الكتاب\"\ncategories:\n  - أخبار\n---\n\nعنوان فرعي\nافتتح الوزير المعرض. وحضر الزوار.\n"
	assert.Equal(t, []string{"[h] افتتاح معرض الكتاب", "[h] عنوان فرعي", "افتتح الوزير المعرض.", "وحضر الزوار."}, units(text))
	var lines []int
	for _, s := range tokenize.Sentences(text) {
		lines = append(lines, s.Line)
	}
	assert.Equal(t, []int{0, 1, 2, 2}, lines)

	untitled := "+++\ndate = 2026-11-01\n+++\nافتتح الوزير المعرض."
	assert.Equal(t, []string{"افتتح الوزير المعرض."}, units(untitled))
	assert.Zero(t, tokenize.Sentences(untitled)[0].Line)
}

func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: \"عنوان\"\n---\nنص.", "+++\ntitle = 'ع'\n+++", "---\ntitle: 'a''b\n...\n",
		"---\r\nx: y\r\n---", "\ufeff---\ntitle: #\n---", "---\ntitle: \"\\", "---\n---",
		"Title: ع\nURL Source: x\nMarkdown Content:\nن", "Title: \nMarkdown Content:",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		body, title, ok := tokenize.FrontMatter(text)
		if !ok {
			assert.Zero(t, body)
			assert.Zero(t, title)
			return
		}
		// A block opens the text with its line of three marks, or a
		// reader's title, and ends with a line of its own.
		top := strings.TrimPrefix(text, "\ufeff")
		assert.True(t, strings.HasPrefix(top, "---") || strings.HasPrefix(top, "+++") || strings.HasPrefix(top, "Title: "), "%+q", text)
		require.LessOrEqual(t, body, len(text))
		r, _ := utf8.DecodeLastRuneInString(text[:body])
		assert.True(t, body == len(text) || tokenize.IsLineBreak(r), "body starts a line in %+q", text)
		if title != (tokenize.Span{}) {
			require.Less(t, title.Start, title.End)
			require.LessOrEqual(t, title.End, body)
			assert.False(t, strings.ContainsFunc(title.In(text), tokenize.IsLineBreak), "%+q", text)
		}
	})
}

func ExampleFrontMatter() {
	page := "---\ntitle: \"افتتاح معرض الكتاب\"\ndraft: false\n---\nافتتح الوزير المعرض أمس.\n"
	body, title, ok := tokenize.FrontMatter(page)
	fmt.Println(ok)
	fmt.Println(title.In(page))
	fmt.Print(page[body:])
	// Output:
	// true
	// افتتاح معرض الكتاب
	// افتتح الوزير المعرض أمس.
}
