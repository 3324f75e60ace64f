package tokenize

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decoderTokens lists the tokens of doc as encoding/json's Decoder.Token
// gives them, in jsonScanner's kinds, up to its first error.
func decoderTokens(doc string) []string {
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	out := []string{}
	for {
		t, err := dec.Token()
		if err != nil {
			return out
		}
		switch v := t.(type) {
		case json.Delim:
			switch v {
			case '{':
				out = append(out, "{")
			case '[':
				out = append(out, "[")
			default:
				out = append(out, "close")
			}
		case string:
			out = append(out, fmt.Sprintf("%+q", v))
		default:
			out = append(out, "scalar")
		}
	}
}

// scannerTokens lists the tokens of doc as jsonScanner gives them.
func scannerTokens(doc string) []string {
	sc := jsonScanner{s: doc}
	out := []string{}
	for {
		kind, v := sc.next()
		switch kind {
		case jsonEnd:
			return out
		case jsonObject:
			out = append(out, "{")
		case jsonList:
			out = append(out, "[")
		case jsonClose:
			out = append(out, "close")
		case jsonString:
			out = append(out, fmt.Sprintf("%+q", v))
		default:
			out = append(out, "scalar")
		}
	}
}

// checkScanner asserts that jsonScanner reads doc, valid JSON or JSON cut
// off, as encoding/json does: the same tokens and the same strings, but
// for a number or a literal that the cut leaves unfinished, which the
// scanner gives and the decoder does not (it holds no string).
func checkScanner(t *testing.T, doc string) {
	want, got := decoderTokens(doc), scannerTokens(doc)
	if !json.Valid([]byte(doc)) && len(got) == len(want)+1 && got[len(got)-1] == "scalar" {
		got = got[:len(want)]
	}
	assert.Equal(t, want, got, "%+q", doc)
}

func TestJSONScanner(t *testing.T) {
	tests := []struct{ name, doc string }{
		{"keys and values of every kind", `{"a": 1, "b": [true, false, null, -2.5e+3], "c": {"d": "نص"}, "": ""}`},
		{"escapes", `["\"\\\/\b\f\n\r\t", "\u0627\u0644", "a\u00e9b", "\u0000"]`},
		{"a surrogate pair, lone surrogates and a reversed pair", `["\ud83d\ude00", "\ud83d", "\ude00x", "\ud83d\u0627", "\ude00\ud83d", "\ud83d\ud83d\ude00"]`},
		{"bytes that are not UTF-8, alone and beside an escape", "[\"a\xffb\", \"\xed\xa0\x80\", \"\xff\\n\", \"\xe2\x82\"]"},
		{"a string cut off", `{"title": "الوقود", "text": "رفعت الحكو`},
		{"cut off in an escape", `{"text": "\u06`},
		{"cut off after a high surrogate", `{"text": "\ud83d`},
		{"cut off after a complete string", `{"title": "الوقود", "text": "نص"`},
		{"cut off in a number", `[1, 23`},
		{"cut off in a literal", `[tru`},
		{"cut off after a key", `{"title"`},
		{"deep", strings.Repeat(`{"a":[`, 100) + `"x"` + strings.Repeat(`]}`, 100)},
		{"white space everywhere", " \n\t{ \"a\" :\r\n [ 1 , \"b\" ] } \n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.True(t, json.Valid([]byte(tt.doc)) || cutOff(tt.doc), "the row is JSON, or JSON cut off")
			checkScanner(t, tt.doc)
		})
	}
}

func FuzzJSONScanner(f *testing.F) {
	for _, s := range []string{
		`{"a":1,"b":[true,null,"x"]}`, `["\ud83d\ude00\ud83d"]`, "[\"\xff\\u0627\"]", `{"a":"\u06`, `[1, 2`,
		`{"t":{"rendered":"\u0627 &amp;"},"c":["<p>\/<\/p>"]}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		if json.Valid([]byte(doc)) || cutOff(doc) {
			checkScanner(t, doc)
			return
		}
		scannerTokens(doc) // other text: no panic and no loop
	})
}

// validJSON says what json.Valid says, of any text.
func TestValidJSON(t *testing.T) {
	tests := []struct{ name, doc string }{
		{"empty", ""},
		{"white space alone", " \t\r\n"},
		{"an object", `{"a": 1, "b": [true, false, null], "c": {"d": "نص"}}`},
		{"empty containers, white space inside", "{ }[ ]"},
		{"an empty object", " { \n } "},
		{"an empty list", "[]"},
		{"a scalar alone", `"نص"`},
		{"numbers", `[0, -0, 1.5, -12.25e+10, 3E-2, 7e5, 10]`},
		{"a number with a leading zero", `[01]`},
		{"a number with a point and no digit after it", `[1.]`},
		{"a number with an exponent and no digit", `[1e+]`},
		{"a minus alone", `[-]`},
		{"a plus sign", `[+1]`},
		{"a number opening with a point", `[.5]`},
		{"a literal misspelt", `[tru]`},
		{"a literal in capitals", `[True]`},
		{"a literal run on", `[nullx]`},
		{"escapes", `["\"\\\/\b\f\n\r\t\u0627\uD83D"]`},
		{"an escape that is none", `["\a"]`},
		{"a \\u escape short of digits", `["\u062"]`},
		{"a \\u escape with a letter past f", `["\u06g7"]`},
		{"a control character in a string", "[\"a\tb\"]"},
		{"DEL and bytes that are not UTF-8 in a string", "[\"\x7f\xff\xed\xa0\x80\"]"},
		{"a byte that is not UTF-8 outside a string", "[1]\xff"},
		{"a comma at the end of a list", `[1,]`},
		{"a comma at the end of an object", `{"a":1,}`},
		{"a key that is not a string", `{a:1}`},
		{"a key without a value", `{"a"}`},
		{"a colon in a list", `[1:2]`},
		{"two values", `{} {}`},
		{"a value that prose follows", `{"a":1} نص`},
		{"a list that does not close", `[1, 2`},
		{"an object closed as a list", `{"a":1]`},
		{"a close with nothing open", `]`},
		{"a string that does not close", `["abc`},
		{"a vertical tab as white space", "\v[]"},
		{"a form feed as white space", "[\f]"},
		{"a byte order mark", "\ufeff[]"},
		{"10,000 deep", strings.Repeat("[", 10000) + strings.Repeat("]", 10000)},
		{"10,001 deep", strings.Repeat("[", 10001) + strings.Repeat("]", 10001)},
		{"10,000 deep in objects", strings.Repeat(`{"a":`, 10000) + "1" + strings.Repeat("}", 10000)},
		{"10,001 deep, mixed", strings.Repeat(`[{"a":`, 5000) + "[1]" + strings.Repeat("}]", 5000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, json.Valid([]byte(tt.doc)), validJSON(tt.doc))
		})
	}
}

func FuzzValidJSON(f *testing.F) {
	for _, s := range []string{
		`{"a":1,"b":[true,null,"x"]}`, `[-0.5e+3, 01]`, `["\u06g7"]`, "[\"\x01\"]", `{"a":}`, `[1,]`, `{} {}`, "[\"\xff\"]",
		`{"t":{"rendered":"\u0627 &amp;"},"c":["<p>\/<\/p>"]}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		assert.Equal(t, json.Valid([]byte(doc)), validJSON(doc), "%+q", doc)
	})
}
