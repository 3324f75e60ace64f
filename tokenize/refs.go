package tokenize

import "strings"

// Dereferenced returns text with each numeric character reference to a
// character past ASCII («&#1575;», «&#x627;») written as the character,
// or text itself when it holds none. HTML in Windows-1256 (a page, a feed,
// an e-mail) writes so the Arabic-Indic digits and the letters it has no
// byte for («&#1634;&#1632;&#1632;&#1637;» for «٢٠٠٥»), and HTML in ASCII
// or Latin-1, as Arabic forums, old sites' feeds and Word's pages saved in
// a Western encoding were, all its Arabic, which Words reads as no words
// and package summarize refuses as text encoded twice (Escaped). A browser
// shows the text the same; what a reference to ASCII stands for («&#60;»,
// a '<' that is no tag) and the C1 controls, which HTML reads as
// Windows-1252, are kept as they are, and so is a reference without its
// ';'. Articles reads an article's HTML so.
func Dereferenced(text string) string {
	i := strings.Index(text, "&#")
	if i < 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i >= 0 {
		b.WriteString(text[:i])
		// A number, "&#" opening it: r is -1 past Unicode.
		r, n := EntityRune(text[i:])
		if n == 0 || r < 0xa0 || r >= 0xd800 && r <= 0xdfff {
			b.WriteString("&#")
			text = text[i+2:]
		} else {
			b.WriteRune(r)
			text = text[i+n:]
		}
		i = strings.Index(text, "&#")
	}
	b.WriteString(text)
	return b.String()
}
