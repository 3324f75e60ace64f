package tokenize

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// mailFields are the header fields that tell a message from a text that
// opens with a line like one: a message has From and one of these.
var mailFields = []string{"subject", "date", "to", "message-id", "mime-version"}

// IsMail reports whether text is an e-mail message, as mail programs save
// it (.eml) and an mbox holds it (its «From » envelope line first): a
// header, each line a field («Name: value») or a field's continuation,
// with From and one of Subject, Date, To, Message-ID or MIME-Version, and a
// blank line after it. Only the header is read.
func IsMail(text string) bool {
	_, ok := mailStart(text)
	return ok
}

// mailStart returns the message in text, without a byte order mark or an
// mbox's envelope line, and whether text is one (see IsMail).
func mailStart(text string) (string, bool) {
	s := strings.TrimPrefix(text, "\ufeff")
	if strings.HasPrefix(s, "From ") {
		_, s, _ = strings.Cut(s, "\n")
	}
	head := s[:min(len(s), 64<<10)]
	from, other := false, false
	for head != "" {
		line, rest, found := strings.Cut(head, "\n")
		if !found {
			return "", false // no blank line after the header
		}
		head = rest
		line = strings.TrimSuffix(line, "\r")
		if line == "" {
			return s, from && other
		}
		if line[0] == ' ' || line[0] == '\t' {
			continue // a field's continuation
		}
		name, _, ok := strings.Cut(line, ":")
		if !ok || name == "" || strings.IndexFunc(name, func(r rune) bool { return r <= ' ' || r > '~' }) >= 0 {
			return "", false
		}
		name = strings.ToLower(name)
		from = from || name == "from"
		for _, f := range mailFields {
			other = other || name == f
		}
	}
	return "", false
}

// mailArticles returns the article of an e-mail message (see Articles), or
// ok false for other text.
func mailArticles(text string) (articles []Article, ok bool) {
	s, ok := mailStart(text)
	if !ok {
		return nil, false
	}
	msg, err := mail.ReadMessage(strings.NewReader(s))
	if err != nil {
		return nil, true
	}
	body, _ := io.ReadAll(msg.Body)
	// Of its parts, the one of the most words, as of a feed's item's
	// bodies; the HTML, which keeps the paragraphs, on a tie.
	a, ok := itemArticle(mailSubject(msg.Header.Get("Subject")), appendMailParts(nil, msg.Header, body, 0))
	if !ok {
		return nil, true
	}
	a.ID = strings.Trim(msg.Header.Get("Message-ID"), " <>")
	return []Article{a}, true
}

// mailHeader is what a message or a part says of itself: its fields.
type mailHeader interface{ Get(string) string }

// maxMailDepth bounds how deep parts nest (multipart within multipart,
// messages forwarded within messages): mail programs nest a few.
const maxMailDepth = 16

// appendMailParts appends the parts of a message's body that hold its text:
// of a multipart body its parts, of a message forwarded as an attachment
// its own, of a text body itself, decoded from its transfer encoding and
// its charset; attachments of text, other media and what nests past
// maxMailDepth are none. What a cut leaves of a part is read.
func appendMailParts(parts []itemBody, h mailHeader, body []byte, depth int) []itemBody {
	if depth > maxMailDepth {
		return parts
	}
	kind, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		kind, params = "text/plain", nil
	}
	if disposition, _, _ := mime.ParseMediaType(h.Get("Content-Disposition")); disposition == "attachment" && kind != "message/rfc822" {
		return parts
	}
	body = transferDecoded(h.Get("Content-Transfer-Encoding"), body)
	switch {
	case strings.HasPrefix(kind, "multipart/"):
		r := multipart.NewReader(bytes.NewReader(body), params["boundary"])
		for {
			p, err := r.NextRawPart()
			if err != nil {
				return parts
			}
			b, _ := io.ReadAll(p)
			parts = appendMailParts(parts, p.Header, b, depth+1)
		}
	case kind == "message/rfc822":
		inner, err := mail.ReadMessage(bytes.NewReader(body))
		if err != nil {
			return parts
		}
		b, _ := io.ReadAll(inner.Body)
		return appendMailParts(parts, inner.Header, b, depth+1)
	case kind == "text/plain", kind == "text/html":
		text := charsetDecoded(params["charset"], body)
		if kind == "text/plain" && strings.EqualFold(params["format"], "flowed") {
			text = unflowed(text, strings.EqualFold(params["delsp"], "yes"))
		}
		return append(parts, itemBody{Dereferenced(text), kind == "text/html"})
	}
	return parts
}

// transferDecoded returns body decoded from base64 or quoted-printable;
// of a body a cut leaves unfinished, what came before the cut.
func transferDecoded(encodingName string, body []byte) []byte {
	var r io.Reader
	switch strings.ToLower(strings.TrimSpace(encodingName)) {
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, noSpace{bytes.NewReader(body)})
	case "quoted-printable":
		r = quotedprintable.NewReader(bytes.NewReader(body))
	default:
		return body
	}
	out, _ := io.ReadAll(r)
	return out
}

// noSpace reads r without its white space, which base64 in mail breaks
// into lines with.
type noSpace struct{ r io.Reader }

func (n noSpace) Read(p []byte) (int, error) {
	for {
		k, err := n.r.Read(p)
		j := 0
		for _, c := range p[:k] {
			if c != '\r' && c != '\n' && c != ' ' && c != '\t' {
				p[j] = c
				j++
			}
		}
		if j > 0 || err != nil {
			return j, err
		}
	}
}

// mailCharset returns the encoding a part declares, among those Arabic
// mail comes in (Charset) and Latin-1, or nil for UTF-8 and what is read
// as it is.
func mailCharset(name string) encoding.Encoding {
	if enc, ok := Charset(name); ok {
		return enc
	}
	switch strings.ToLower(strings.Trim(name, `" `)) {
	case "windows-1252", "cp1252", "iso-8859-1", "iso_8859-1", "latin1":
		return charmap.Windows1252
	}
	return nil
}

// charsetDecoded returns body as text, decoded from the charset a part
// declares (mailCharset); UTF-8, ASCII and charsets not known are kept as
// they are.
func charsetDecoded(charset string, body []byte) string {
	enc := mailCharset(charset)
	if enc == nil {
		return string(body)
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return string(body)
	}
	return string(out)
}

// unflowed joins the lines of format=flowed text (RFC 3676) that a space
// ends, as the sender wrote them, and takes the space off a line that
// opens with one; the signature's «-- » line is not joined.
func unflowed(text string, delsp bool) string {
	var b strings.Builder
	for line := range strings.SplitAfterSeq(text, "\n") {
		nl := strings.HasSuffix(line, "\n")
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		line = strings.TrimPrefix(line, " ")
		if nl && strings.HasSuffix(line, " ") && line != "-- " {
			if delsp {
				line = line[:len(line)-1]
			}
			b.WriteString(line)
			continue
		}
		b.WriteString(line)
		if nl {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// replyMarks are what mail programs put before a subject they reply to or
// forward, in English, French, German and Arabic Outlook.
var replyMarks = []string{"re:", "fw:", "fwd:", "tr:", "wg:", "aw:", "رد:", "إعادة توجيه:"}

// mailSubject returns a message's subject as its headline: its encoded
// words read, without the marks of a reply or a forward.
func mailSubject(subject string) string {
	dec := mime.WordDecoder{CharsetReader: func(charset string, input io.Reader) (io.Reader, error) {
		if enc := mailCharset(charset); enc != nil {
			return enc.NewDecoder().Reader(input), nil
		}
		return nil, errors.New("charset not known: " + charset)
	}}
	if decoded, err := dec.DecodeHeader(subject); err == nil {
		subject = decoded
	}
	subject = strings.TrimSpace(subject)
	for again := true; again; {
		again = false
		for _, m := range replyMarks {
			if len(subject) >= len(m) && strings.EqualFold(subject[:len(m)], m) {
				subject, again = strings.TrimSpace(subject[len(m):]), true
			}
		}
	}
	return subject
}
