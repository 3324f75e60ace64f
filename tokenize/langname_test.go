package tokenize_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/talkhis/talkhis/tokenize"
)

func TestLanguageByName(t *testing.T) {
	tests := []struct {
		name, in, want string // want "" for no language's name
	}{
		{"English's name for Arabic", "arabic", "ara"},
		{"in capitals", "ARABIC", "ara"},
		{"with blanks around it", " Arabic\t", "ara"},
		{"Arabic's own name", "العربية", "ara"},
		{"spelled with a teh marbuta's heh", "العربيه", "ara"},
		{"with its word for language", "اللغة العربية", "ara"},
		{"with a diacritic", "العَرَبِيَّة", "ara"},
		{"English in Arabic with hamza", "الإنجليزية", "eng"},
		{"and without", "الانجليزية", "eng"},
		{"and as Iraq and the Levant spell it", "الإنكليزية", "eng"},
		{"French in its own", "Français", "fra"},
		{"Persian in its own, with the Persian yeh", "فارسی", "fas"},
		{"and with the Arabic yeh", "فارسي", "fas"},
		{"Farsi", "Farsi", "fas"},
		{"a code is langTag's, not a name", "ar", ""},
		{"nor is a word", "title", ""},
		{"nor a name that runs on", "arabic text", ""},
		{"nor a language it does not list", "klingon", ""},
		{"nor nothing", "", ""},
		{"nor a long string", "arabic arabic arabic arabic arabic arabic arabic arabic", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, ok := tokenize.LanguageByName(tt.in)
			assert.Equal(t, tt.want, code, "%+q", tt.in)
			assert.Equal(t, tt.want != "", ok, "%+q", tt.in)
		})
	}
}

// A key or a value longer than any name, as most strings of a document
// are, is no name without being folded: no allocation.
func TestLanguageByNameLongIsCheap(t *testing.T) {
	long := strings.Repeat("ARABIC ", 20)
	allocs := testing.AllocsPerRun(10, func() { tokenize.LanguageByName(long) })
	assert.Zero(t, allocs)
}

// Each code is a language's ISO 639-3 code, as a consumer that parses it
// (the CLI's -language) reads it back.
func TestLanguageNamesCodes(t *testing.T) {
	require.NotEmpty(t, tokenize.LanguageNames)
	for name, code := range tokenize.LanguageNames {
		base, err := language.ParseBase(code)
		if assert.NoError(t, err, "%s for %q", code, name) {
			assert.Equal(t, code, base.ISO3(), "%q", name)
		}
		got, ok := tokenize.LanguageByName(name)
		assert.True(t, ok, "%q, as the table holds it, is a name", name)
		assert.Equal(t, code, got, "%q", name)
	}
}

func ExampleLanguageByName() {
	for _, name := range []string{"Arabic", "العربية", "الانجليزية", "Français", "ar"} {
		code, ok := tokenize.LanguageByName(name)
		fmt.Printf("%s: %q %v\n", name, code, ok)
	}
	// Output:
	// Arabic: "ara" true
	// العربية: "ara" true
	// الانجليزية: "eng" true
	// Français: "fra" true
	// ar: "" false
}
