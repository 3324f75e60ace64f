package evaluate_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/summarize/evaluate"
)

func TestStrip(t *testing.T) {
	tests := []struct {
		name, text, marks, want string
	}{
		{"sentence marks and line breaks", "عنوان الخبر\nقال الوزير. هل انتهى؟ نعم!\r\n\nانتهى…", evaluate.SentenceMarks, "عنوان الخبر قال الوزير هل انتهى نعم انتهى"},
		{"clause marks stay unless asked", "قال، ثم مضى؛ وقال: نعم.", evaluate.SentenceMarks, "قال، ثم مضى؛ وقال: نعم"},
		{"clause marks too", "قال، ثم مضى؛ وقال: نعم.", evaluate.SentenceMarks + evaluate.ClauseMarks, "قال ثم مضى وقال نعم"},
		{"a number keeps its point", "نما 3.5 في المئة عام 2024. ثم ٣.٥.", evaluate.SentenceMarks, "نما 3.5 في المئة عام 2024 ثم ٣.٥"},
		{"no marks: white space only", "  أ\tب\n\nج  ", "", "أ ب ج"},
		{"empty", "", evaluate.SentenceMarks, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, evaluate.Strip(tt.text, tt.marks))
		})
	}
}
