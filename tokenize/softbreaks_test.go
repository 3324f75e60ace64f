package tokenize_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

// TestSoftBreaks: a post hard-wrapped with a <br /> at each line's end, as
// WordPress serves text pasted so, is read as its sentences, not as lines;
// a <br> that ends a short line, a paragraph or another break still ends
// its line.
func TestSoftBreaks(t *testing.T) {
	wrapped := []string{
		"أعلن وزير المالية يوم الأحد عن خطة اقتصادية جديدة لدعم الشركات",
		"الصغيرة في البلاد، وقال إن النمو بلغ ثلاثة في المئة خلال العام",
		"الماضي، وإن الحكومة ستخصص مليار دينار للخطة على مدى ثلاث سنوات",
		"مقبلة. ورحب اتحاد الصناعات بالخطة، وقال رئيسه إنها خطوة في",
		"الاتجاه الصحيح.",
	}
	link := "https://www.finance.example.gov/plans/2025/small-firms-plan" // no wider than the lines
	first := "أعلن وزير المالية يوم الأحد عن خطة اقتصادية جديدة لدعم الشركات BR الصغيرة في البلاد، وقال إن النمو بلغ ثلاثة في المئة خلال العام BR الماضي، وإن الحكومة ستخصص مليار دينار للخطة على مدى ثلاث سنوات BR مقبلة."
	second := "ورحب اتحاد الصناعات بالخطة، وقال رئيسه إنها خطوة في BR الاتجاه الصحيح."
	tests := []struct {
		name, text, br string
		want           []string // BR stands for the break as written
	}{
		{"WordPress's <br /> and a newline",
			"<p>" + strings.Join(wrapped, "<br />\n") + "</p>", "<br />\n",
			[]string{first, second}},
		{"<br> alone, on one line",
			"<p>" + strings.Join(wrapped, "<br>") + "</p>", "<br>",
			[]string{first, second}},
		{"in an HTML document, whose line breaks are blanks",
			"<!DOCTYPE html><html><body>\n<p>" + strings.Join(wrapped, "<br />\n") + "</p>\n</body></html>", "<br />\n",
			[]string{first, second}},
		{"a sub-heading before a <br> is a heading, a blank line after a <br> ends the paragraph",
			"<p><b>الخطة الجديدة</b><br />\n" + strings.Join(wrapped[:3], "<br />\n") + "<br />\n<br />\n" + wrapped[3] + "<br />\n" + wrapped[4] + "</p>", "<br />\n",
			[]string{"[h] الخطة الجديدة", strings.Join(strings.Split(first, " BR ")[:3], " BR "), "مقبلة.", second}},
		{"a sub-heading before a <br> ends its line, though the next word would not have fit",
			"<p><b>الخطة الجديدة</b><br />\n" + link + "<br />\n" + strings.Join(wrapped, "<br />\n") + "</p>", "<br />\n",
			[]string{"[h] الخطة الجديدة", link + " BR " + first, second}},
		{"one <br>: too few lines to tell a wrapped one from a heading",
			"<p>" + wrapped[0] + "<br />\n" + "الصغيرة في البلاد.</p>", "<br />\n",
			[]string{"[h] " + wrapped[0], "الصغيرة في البلاد."}},
		{"<br>s that part paragraphs end them",
			"<p>" + strings.Repeat(wrapped[0]+" "+wrapped[1]+"<br />\n", 4) + "</p>", "<br />\n",
			[]string{wrapped[0] + " " + wrapped[1], wrapped[0] + " " + wrapped[1], wrapped[0] + " " + wrapped[1], wrapped[0] + " " + wrapped[1]}},
	}
	// Past 32 KiB a text that is not hard-wrapped (its first line is
	// wider than tokenize.MaxWrapWidth) is split by several goroutines,
	// cut after line breaks: not after one that goes on.
	var long strings.Builder
	opening := wrapped[0] + " " + wrapped[1] + " " + wrapped[2] + "."
	long.WriteString("<p>" + opening + "</p>\n")
	manyWant := []string{opening}
	for range 300 {
		long.WriteString("<p>" + strings.Join(wrapped, "<br />\n") + "</p>\n")
		manyWant = append(manyWant, first, second)
	}
	tests = append(tests, struct {
		name, text, br string
		want           []string
	}{"300 such paragraphs, split by several goroutines", long.String(), "<br />\n", manyWant})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range tokenize.Sentences(tt.text) {
				u := s.In(tt.text)
				if s.Heading {
					u = "[h] " + u
				}
				got = append(got, u)
			}
			var want []string
			for _, w := range tt.want {
				want = append(want, strings.ReplaceAll(w, " BR ", tt.br))
			}
			assert.Equal(t, want, got)
		})
	}
}

// TestSoftBreaksKeepParagraph: where a wrapped line ran out of room just
// after a sentence's final mark, the <br> there is a wrap too, so the
// sentence after it is of the same paragraph (Sentence.Line), as in the
// text before it was wrapped: the next line's first word would not have fit
// on it. Where that word would have fit, the writer broke the line, and
// the <br> ends it. A summary weighs a sentence's place in its paragraph:
// served so, 20 of the 3,023 news texts were summarized otherwise than as
// plain text, 5 now (evaluate's TestHTMLPageGuard).
func TestSoftBreaksKeepParagraph(t *testing.T) {
	opening := wrappedOpening
	next := []string{wrappedNext, "الصغيرة، وقال رئيسها إنها خطوة في الاتجاه الصحيح."}
	tests := []struct {
		name     string
		ends     string // the line that ends the first sentence
		sameLine bool
	}{
		{"the next word would not have fit: a wrap",
			"الماضي، وإن الحكومة ستخصص مليار دينار للخطة بعد عامين.", true}, // one character too many
		{"the next word would have fit: the writer's break",
			"الماضي، وإن الحكومة ستخصص مليار دينار للخطة الجديدة.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := append(append(slices.Clone(opening), tt.ends), next...)
			widest := 0
			for _, l := range lines {
				widest = max(widest, utf8.RuneCountInString(l))
			}
			first := strings.Fields(next[0])[0]
			// Preconditions: the line is not the widest, on which nothing
			// more fits, and the next word fits on it or not as the row
			// says.
			n := utf8.RuneCountInString(tt.ends)
			require.Less(t, n+1, widest)
			require.Equal(t, tt.sameLine, n+1+utf8.RuneCountInString(first) > widest)
			text := "<p>" + strings.Join(lines, "<br />\n") + "</p>"
			units := tokenize.Sentences(text)
			require.Len(t, units, 2, "%+q", units)
			assert.Equal(t, strings.Join(append(slices.Clone(opening), tt.ends), "<br />\n"), units[0].In(text))
			assert.Equal(t, strings.Join(next, "<br />\n"), units[1].In(text))
			assert.False(t, units[0].Heading || units[1].Heading)
			assert.Equal(t, tt.sameLine, units[0].Line == units[1].Line, "lines %d and %d", units[0].Line, units[1].Line)
		})
	}
}

// The lines of a story hard-wrapped at 62 characters, for the tests of a
// wrap just after a sentence's end: those before it, and the first after
// it, whose first word is 8 letters long.
var (
	wrappedOpening = []string{
		"أعلن وزير المالية يوم الأحد عن خطة اقتصادية جديدة لدعم الشركات",
		"الصغيرة في البلاد، وقال إن النمو بلغ ثلاثة في المئة خلال العام",
	}
	wrappedNext = "واستقبلت الأسواق المالية الخطة بارتفاع في أسعار أسهم الشركات"
)
