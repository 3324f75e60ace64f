package tokenize_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

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
