package tokenize_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/talkhis/talkhis/tokenize"
)

func TestCharset(t *testing.T) {
	const arabic = "النص العربي"
	w1256, err := charmap.Windows1256.NewEncoder().String(arabic)
	require.NoError(t, err)
	iso, err := charmap.ISO8859_6.NewEncoder().String(arabic)
	require.NoError(t, err)
	le, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(arabic)
	require.NoError(t, err)
	be, err := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().String(arabic)
	require.NoError(t, err)
	for _, tc := range []struct {
		name, label, data string
		ok                bool
	}{
		{"UTF-8, read as it is", "UTF-8", arabic, true},
		{"UTF-8 without its hyphen", "utf8", arabic, true},
		{"ASCII", "us-ascii", arabic, true},
		{"Windows-1256", "windows-1256", w1256, true},
		{"Windows-1256 quoted, in capitals", ` "WINDOWS-1256" `, w1256, true},
		{"Windows-1256 as Microsoft names it", "x-cp1256", w1256, true},
		{"ISO-8859-6", "ISO-8859-6", iso, true},
		{"ISO-8859-6 by its alias", "asmo-708", iso, true},
		{"UTF-16 with a byte order mark, big-endian", "utf-16", "\xfe\xff" + be, true},
		{"UTF-16 without one: little-endian", "utf-16", le, true},
		{"UTF-16LE", "utf-16le", le, true},
		{"UTF-16BE", "utf-16be", be, true},
		{"Latin-1 is no encoding of Arabic", "iso-8859-1", "", false},
		{"a label not known", "klingon", "", false},
		{"none", "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			enc, ok := tokenize.Charset(tc.label)
			require.Equal(t, tc.ok, ok)
			if !ok {
				assert.Nil(t, enc)
				return
			}
			got := tc.data
			if enc != nil {
				got, err = enc.NewDecoder().String(tc.data)
				require.NoError(t, err)
			}
			assert.Equal(t, arabic, got)
		})
	}
}
