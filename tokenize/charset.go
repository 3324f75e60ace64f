package tokenize

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Charset returns the encoding a label names, among those Arabic text
// comes in: Windows-1256, ISO-8859-6 and UTF-16, by their usual labels
// and aliases; nil for UTF-8 and ASCII, which are read as they are. ok is
// false for a label it does not know. A label is read without its case,
// quotes or blanks, as a MIME parameter, an HTML <meta> or a flag gives
// it. "utf-16" reads a byte order mark, else little-endian, as Windows
// writes it.
func Charset(label string) (enc encoding.Encoding, ok bool) {
	switch strings.ToLower(strings.Trim(label, "\" \t")) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return nil, true
	case "windows-1256", "cp1256", "x-cp1256":
		return charmap.Windows1256, true
	case "iso-8859-6", "iso_8859-6", "iso-ir-127", "arabic", "asmo-708":
		return charmap.ISO8859_6, true
	case "utf-16":
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), true
	case "utf-16le":
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), true
	case "utf-16be":
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), true
	}
	return nil, false
}
