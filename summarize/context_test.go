package summarize_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
)

// A nil context, which the context package asks callers never to pass, is
// taken as context.Background() by every method that takes one: the same
// answer, where it panicked deep inside (a nil pointer in the analysis).
func TestNilContext(t *testing.T) {
	text := "افتتح وزير الثقافة معرض الكتاب الدولي اليوم. ويشارك في المعرض ناشرون من عشرين دولة. وتستمر الفعاليات أسبوعين."
	var s summarize.Summarizer
	bg := context.Background()
	var nilCtx context.Context // as a caller's unset field gives it
	tests := []struct {
		name string
		call func(ctx context.Context) (any, error)
	}{
		{"SummarizeContext", func(ctx context.Context) (any, error) { return s.SummarizeContext(ctx, text) }},
		{"Candidates", func(ctx context.Context) (any, error) { return s.Candidates(ctx, text) }},
		{"SummarizeAll", func(ctx context.Context) (any, error) {
			return s.SummarizeAll(ctx, []string{text, text, ""}, 2), nil
		}},
		{"Answer", func(ctx context.Context) (any, error) {
			return s.Answer(ctx, summarize.Request{ID: "1", Text: text})
		}},
		{"SummarizeJSONL", func(ctx context.Context) (any, error) {
			var out bytes.Buffer
			err := s.SummarizeJSONL(ctx, strings.NewReader(`{"id":"1","text":"`+text+`"}`+"\n"), &out, 2)
			return out.String(), err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantErr := tt.call(bg)
			require.NoError(t, wantErr)
			var got any
			var err error
			require.NotPanics(t, func() { got, err = tt.call(nilCtx) })
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}
