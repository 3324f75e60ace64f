package tokenize_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/talkhis/talkhis/tokenize"
)

// languageRow is a case of a function that gives a language's ISO 639-3
// code: want "" where it gives none.
type languageRow struct{ name, in, want string }

// testLanguageFunc runs the rows through fn, which answers as
// LanguageByName and LanguageCode do: a code, and whether there is one.
func testLanguageFunc(t *testing.T, fn func(string) (string, bool), rows []languageRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			code, ok := fn(tt.in)
			assert.Equal(t, tt.want, code, "%+q", tt.in)
			assert.Equal(t, tt.want != "", ok, "%+q", tt.in)
		})
	}
}

func TestLanguageByName(t *testing.T) {
	testLanguageFunc(t, tokenize.LanguageByName, []languageRow{
		{"English's name for Arabic", "arabic", "ara"},
		{"in capitals", "ARABIC", "ara"},
		{"with blanks around it", " Arabic\t", "ara"},
		{"with a tab before it and a line's end after", "\tArabic\r\n", "ara"},
		{"in Arabic, with a tab before it", "\tالعربية", "ara"},
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
	})
}

// A key or a value longer than any name, as most strings of a document
// are, is no name without being folded: no allocation.
func TestLanguageByNameLongIsCheap(t *testing.T) {
	long := strings.Repeat("ARABIC ", 20)
	allocs := testing.AllocsPerRun(10, func() { tokenize.LanguageByName(long) })
	assert.Zero(t, allocs)
	// nor is a capitalized key, as an API's are, nor a name in capitals
	for _, key := range []string{"Title", "PublishedAt", " Arabic "} {
		assert.Zero(t, testing.AllocsPerRun(10, func() { tokenize.LanguageByName(key) }), "%q", key)
	}
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

// LanguageCode gives the code that Languages holds and Keeps compares, of
// a code as a file writes it or of a language's name.
func TestLanguageCode(t *testing.T) {
	testLanguageFunc(t, tokenize.LanguageCode, []languageRow{
		{"ISO 639-3 as it is", "ara", "ara"},
		{"ISO 639-1", "ar", "ara"},
		{"with a region, in any case", "AR-sa", "ara"},
		{"with an underscore", "ar_EG", "ara"},
		{"a name", "Persian", "fas"},
		{"a name in Arabic", "العربية", "ara"},
		{"blanks around it", " en ", "eng"},
		{"no language", "xx", ""},
		{"undetermined", "und", ""},
		{"nothing", "", ""},
	})
}

func TestParseLanguages(t *testing.T) {
	tests := []struct {
		name, list string
		want       tokenize.Languages
		err        string // "" for none
	}{
		{"none: every article", "", nil, ""},
		{"blanks and commas alone", " , ,", nil, ""},
		{"ISO 639-3's code, Common Crawl's", "ara", tokenize.Languages{"ara": true}, ""},
		{"ISO 639-1's, a CMS's, in any case", "AR", tokenize.Languages{"ara": true}, ""},
		{"with a region", "ar-SA,fa_IR", tokenize.Languages{"ara": true, "fas": true}, ""},
		{"by name", " Arabic , الفارسية", tokenize.Languages{"ara": true, "fas": true}, ""},
		{"one language named twice", "ar,ara,arabic", tokenize.Languages{"ara": true}, ""},
		{"what names no language", "ara,xx", nil, `"xx" is no language code: a language is named by its ISO 639 code`},
		{"nor does the undetermined", "und", nil, `"und" is no language code`},
		{"nor a name it does not list", "klingon", nil, `"klingon" is no language code`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tokenize.ParseLanguages(tt.list)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				assert.Nil(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLanguagesKeeps(t *testing.T) {
	arabic := tokenize.Languages{"ara": true}
	tests := []struct {
		name, lang string
		want       bool
	}{
		{"Common Crawl's code", "ara", true},
		{"the main one of several", "ara,eng", true},
		{"not a language after the main one", "eng,ara", false},
		{"a CMS's code with a region", "ar-SA", true},
		{"in capitals, blanks around", " AR ", true},
		{"another language", "en-US", false},
		{"Persian", "fas", false},
		{"a name, as a file may still give one", "Arabic", true},
		{"none named: kept", "", true},
		{"a language no code reads: not kept, for it is named", "xx", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, arabic.Keeps(tt.lang), "%q", tt.lang)
		})
	}
	assert.True(t, tokenize.Languages(nil).Keeps("eng"), "no languages keep every article")
}

func TestLanguagesFilter(t *testing.T) {
	broken := errors.New("a page cut off")
	articles := func(yield func(tokenize.Article, error) bool) {
		for _, a := range []tokenize.Article{{ID: "1", Language: "ara"}, {ID: "2", Language: "eng"}, {ID: "3"}, {ID: "4", Language: "ar-EG"}} {
			if !yield(a, nil) {
				return
			}
		}
		yield(tokenize.Article{ID: "5", Language: "eng"}, broken) // a page past a bound, named
	}
	var ids []string
	var errs []error
	for a, err := range (tokenize.Languages{"ara": true}).Filter(articles) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, a.ID)
	}
	assert.Equal(t, []string{"1", "3", "4"}, ids, "the Arabic articles and the one that names none, in order")
	assert.Equal(t, []error{broken}, errs, "and every error")

	n := 0
	for range (tokenize.Languages{"ara": true}).Filter(articles) {
		n++
		break
	}
	assert.Equal(t, 1, n, "it stops when the consumer does")
}

func ExampleParseLanguages() {
	keep, err := tokenize.ParseLanguages("ar, fas")
	if err != nil {
		panic(err)
	}
	for _, lang := range []string{"ara,eng", "ar-SA", "Persian", "en", ""} {
		fmt.Printf("%q: %v\n", lang, keep.Keeps(lang))
	}
	// Output:
	// "ara,eng": true
	// "ar-SA": true
	// "Persian": true
	// "en": false
	// "": true
}
