package tokenize

import "bytes"

// pageChrome reports whether s, a heading among the first of a text's
// units, is a control or a count that a page sets over its story, copied
// with the page: its print and font size buttons («طباعة», «حجم الخط», «A
// A A»), its count of views («عدد المشاهدات: 1234») and the time it takes
// to read («3 دقائق للقراءة»), or a share or follow label without its
// colon («شارك الخبر»; see shareLabels). Above the story and no headline
// under it, or a headline as short as a site's name, such a line was the
// summary's title. Only the whole line is looked up: a headline that
// opens with one of the words, «طباعة الكتب المدرسية تتأخر», is none.
// Each figure reads as «0», so that the count is any.
func pageChrome(s string) bool {
	// The lines are short: a longer one, most headlines, is let go unread.
	if len(s) > maxChromeBytes || !fieldsAtMost(s, maxChromeWords) {
		return false
	}
	var buf [maxPhraseBytes]byte
	words, ok := foldPhrase(&buf, s)
	if !ok {
		return false
	}
	// Lowercased once folded, where holds lowercases first: a capital that
	// folding makes, «ᴹ» of «3 ᴹin read», is lowercased too.
	for i, b := range words {
		if 'A' <= b && b <= 'Z' {
			words[i] = b + 'a' - 'A'
		}
	}
	return shareLabels[string(words)] || chromeLines[string(zeroFigures(words))]
}

// maxChromeBytes and maxChromeWords bound the lines pageChrome reads:
// «وقت القراءة: 12 دقيقة», among the longest, is 39 bytes, and «وقت
// القراءة دقيقة واحدة» or «reading time 3 minutes» four words.
const (
	maxChromeBytes = 80
	maxChromeWords = 5
)

// zeroFigures returns words, normalized words each followed by a space,
// with each word of figures alone («1234», «1٬234», «12.5») written as
// «0», in place.
func zeroFigures(words []byte) []byte {
	out := words[:0]
	for len(words) > 0 {
		end := bytes.IndexByte(words, ' ')
		if end < 0 {
			end = len(words)
		}
		w := words[:end]
		if figures(w) {
			out = append(out, '0')
		} else {
			out = append(out, w...)
		}
		if end < len(words) {
			out = append(out, ' ')
			end++
		}
		words = words[end:]
	}
	return out
}

// figures reports whether w is a number in figures (see digitsOnly), a
// separator of thousands between them too («1٬234»), as a count has one
// and a date does not.
func figures(w []byte) bool {
	for _, r := range string(w) {
		if !figureRune(r) && r != '٬' {
			return false
		}
	}
	// AppendNormalWords opens no word with a separator: «.5» is «5».
	return len(w) > 0
}

// chromeLines are the lines of pageChrome as AppendNormalWords gives
// them, each figure «0»: a page's buttons, its count of views and its
// reading time, in Arabic and in English, as Arabic sites set them.
var chromeLines = normalWordSet(
	// print and font size buttons
	"طباعة", "طباعة الخبر", "طباعة المقال", "طباعة الصفحة", "اطبع", "اطبع الخبر",
	"حجم الخط", "تكبير الخط", "تصغير الخط", "تكبير الخط تصغير الخط", "a a a", "a a",
	"print", "font size", "ارسل لصديق", "ارسال لصديق", "ارسل الى صديق", "نسخ الرابط",
	// views
	"عدد المشاهدات 0", "المشاهدات 0", "مشاهدات 0", "مشاهدة 0", "0 مشاهدة", "0 مشاهدات",
	"عدد القراءات 0", "القراءات 0", "0 قراءة", "views 0", "0 views",
	// reading time: «دقائق» after 3 to 10, «دقيقة» after one or 11 and more
	"وقت القراءة 0 دقائق", "وقت القراءة 0 دقيقة", "وقت القراءة دقيقة", "وقت القراءة دقيقة واحدة",
	"مدة القراءة 0 دقائق", "مدة القراءة 0 دقيقة", "قراءة 0 دقائق", "قراءة 0 دقيقة",
	"0 دقائق للقراءة", "0 دقيقة للقراءة", "دقيقة واحدة للقراءة", "دقيقتان للقراءة", "دقيقتين للقراءة",
	"0 دقائق قراءة", "0 دقيقة قراءة", "0 min read", "reading time 0 minutes", "0 minutes read", "0 minute read",
)
