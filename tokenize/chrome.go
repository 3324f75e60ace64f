package tokenize

import (
	"bytes"
	"strings"
)

// pageChrome reports whether s, a heading among the first of a text's
// units, is a control or a count that a page sets over its story, copied
// with the page: its print and font size buttons («طباعة», «حجم الخط», «A
// A A»), its listen, save, comment and copy buttons («استمع إلى المقال»,
// «حفظ», «أضف تعليق», «Copy link»), its counts of views and comments
// («عدد المشاهدات: 1234», «التعليقات (3)»), the time it takes to read («3
// دقائق للقراءة»), an advertisement's label («إعلان», «محتوى مدفوع»), the
// home page's link («الرئيسية»), a picture's, a video's or a live blog's
// label («صورة أرشيفية», «بالفيديو», «بث مباشر»), a picture's credit
// («صورة: رويترز»; see creditLine), or a share or follow label without
// its colon («شارك الخبر»; see shareLabels). Above the story and no
// headline under it, or a headline as short as a site's name, such a line
// was the summary's title. A page's text, copied or extracted, often has them on
// one line, and its share buttons with them, a network's name each:
// «طباعة | حجم الخط», «شارك الخبر: فيسبوك تويتر واتساب», «Facebook
// Twitter WhatsApp». So a line is one too where its words are two such
// pieces or more, one after another, each a line of chromeLines, a label
// of shareLabels or a network of networks: a network alone, «فيسبوك», may
// be a section's name. Only whole pieces are read: a headline that opens
// with one, «طباعة الكتب المدرسية تتأخر», «فيسبوك تحظر حساب الرئيس», is
// none. Each figure reads as «0», so that the count is any.
func pageChrome(s string) bool {
	// A line whose words cannot fit foldPhrase's buffer, or more words
	// than any page's line of buttons has, is let go unread; a headline
	// is let go by its first word before its words are counted, which
	// costs more for a long one.
	return len(s) <= maxChromeBytes && mayBeChrome(s) && fieldsAtMost(s, maxChromeWords) && chromeLine(s)
}

// mayBeChrome reports whether the first word of s opens a piece of
// pageChrome's (see chromeFirst), or s cannot be told by it: most
// headlines are let go by their first word, folded alone. A tag or an
// entity may hold a blank, «<span class="x">», so a line with one is read
// whole; so is a line of one word, and one whose first field is marks
// alone, «|».
func mayBeChrome(s string) bool {
	k := strings.IndexByte(s, ' ')
	if k <= 0 || strings.IndexByte(s, '<') >= 0 || strings.IndexByte(s, '&') >= 0 {
		return true
	}
	var buf [maxPhraseBytes]byte
	first, ok := foldPhrase(&buf, s[:k])
	if !ok || len(first) == 0 {
		return true
	}
	first = zeroFigures(lowerASCII(first))
	return chromeFirst[string(first[:bytes.IndexByte(first, ' ')+1])]
}

// chromeLine is pageChrome past its cheap tests: the whole line read.
func chromeLine(s string) bool {
	var buf [maxPhraseBytes]byte
	words, ok := foldPhrase(&buf, s)
	if !ok {
		return false
	}
	// Lowercased once folded, where holds lowercases first: a capital that
	// folding makes, «ᴹ» of «3 ᴹin read», is lowercased too.
	words = zeroFigures(lowerASCII(words))
	return shareLabels[string(words)] || chromeLines[string(words)] || chromePieces(words) >= 2 || creditLine(words)
}

// creditLine reports whether words, normalized words each followed by a
// space, are a picture's credit on a line of its own, as a page sets it
// under the picture above the story: one of pictureCredits, alone
// («(رويترز)») or after one of creditLabels («صورة: رويترز», «مصدر
// الصورة: Getty Images», "Photo: AFP"). A name after the label, «صورة:
// محمد السيد», is a photographer's or a caption's and is left.
func creditLine(words []byte) bool {
	if pictureCredits[string(words)] {
		return true
	}
	for _, label := range creditLabels {
		if len(words) > len(label) && string(words[:len(label)]) == label && pictureCredits[string(words[len(label):])] {
			return true
		}
	}
	return false
}

// creditLabels are the labels a page sets before a picture's credit, as
// AppendNormalWords gives them: «صورة», «الصورة», «مصدر الصورة» (the BBC's),
// «صورة من», and in English.
var creditLabels = func() []string {
	var labels []string
	for _, l := range []string{"صورة", "الصورة", "مصدر الصورة", "صورة من", "photo", "image", "image source", "credit", "photo credit"} {
		labels = append(labels, string(AppendNormalWords(nil, l)))
	}
	return labels
}()

// pictureCredits are the credits of creditLine, as AppendNormalWords gives
// them: a caption's (captionCredits) and the agencies' that a dateline
// names (wireAgencies, wireNames, spelledAgencies, their initials spelled
// apart: «أ ف ب»).
var pictureCredits = func() phraseSet {
	credits := phraseSet{}
	for p := range captionCredits {
		credits[p] = true
	}
	var names []string
	names = append(names, wireAgencies...)
	for _, words := range wireNames {
		names = append(names, strings.Join(words, " "))
	}
	for _, initials := range spelledAgencies {
		names = append(names, strings.Join(strings.Split(initials, ""), " "))
	}
	for _, n := range names {
		credits[string(AppendNormalWords(nil, n))] = true
	}
	return credits
}()

// lowerASCII lowercases the ASCII capitals of b, in place.
func lowerASCII(b []byte) []byte {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// chromePieces returns how many pieces words, normalized words each
// followed by a space, are one after another, each a phrase of
// chromeLines, shareLabels or networks, or 0 where they are not: the
// fewest, where they are so more than one way. A line of more words than
// maxChromeWords is none.
func chromePieces(words []byte) int {
	var starts [maxChromeWords + 1]int // where each word starts, and the end
	n := 0
	for i := 0; i < len(words); {
		if n == maxChromeWords {
			return 0
		}
		starts[n] = i
		n++
		i += bytes.IndexByte(words[i:], ' ') + 1
	}
	starts[n] = len(words)
	// fewest[k] is the fewest pieces words[:starts[k]] is, or 0 where it
	// is none.
	var fewest [maxChromeWords + 1]int
	for k := 0; k < n; k++ {
		if k > 0 && fewest[k] == 0 {
			continue
		}
		for j := k + 1; j <= n && j-k <= maxPieceWords; j++ {
			if !pieceSet[string(words[starts[k]:starts[j]])] {
				continue
			}
			if f := fewest[k] + 1; fewest[j] == 0 || f < fewest[j] {
				fewest[j] = f
			}
		}
	}
	return fewest[n]
}

// maxChromeBytes and maxChromeWords bound the lines pageChrome reads: a
// page's buttons, its counts and its share buttons on one line, «طباعة
// حجم الخط A A A عدد المشاهدات: 1234 شارك الخبر فيسبوك تويتر واتساب», are
// 121 bytes and 14 words, and a line of words that do not fit
// foldPhrase's buffer is none.
const (
	maxChromeBytes = maxPhraseBytes
	maxChromeWords = 16
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
// them, each figure «0»: a page's buttons, its counts of views and of
// comments, its reading time, its advertisements' labels and the labels
// it sets over a picture, a video or a live blog, in Arabic and in
// English, as Arabic sites set them.
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
	// listen, save, comment, copy and share buttons, and the count of comments
	"استمع", "استمع الى المقال", "استمع الى الخبر", "استمع للمقال", "استمع للخبر", "listen", "listen to this article",
	"حفظ", "احفظ", "save", "اضف تعليق", "اضف تعليقا", "اكتب تعليق", "اكتب تعليقا", "add a comment", "add comment",
	"التعليقات 0", "تعليقات 0", "0 تعليق", "0 تعليقات", "comments 0", "0 comments", "0 comment",
	"نسخ", "تم النسخ", "copy link", "copied", "مشاركة عبر", "share via", "تكبير", "تكبير الصورة",
	// an advertisement's label, and paid content's
	"إعلان", "advertisement", "ad", "sponsored", "محتوى مدفوع", "محتوى ممول", "إعلان ممول",
	// the home page's link, a picture's or a video's label, a live blog's, and an update's
	"الرئيسية", "الصفحة الرئيسية", "home", "home page", "صورة أرشيفية", "صورة تعبيرية", "صورة من الأرشيف",
	"أرشيفية", "تعبيرية", "فيديو", "بالفيديو", "شاهد", "شاهد الفيديو", "شاهد بالفيديو", "video", "watch",
	"صور", "بالصور", "photos", "مباشر", "بث مباشر", "live", "تم التحديث", "updated",
)

// networks are the names of the networks a page's share buttons and
// follow links name, as Arabic sites write them, in Arabic letters and in
// Latin ones: pieces of a line of pageChrome's, not one alone.
var networks = normalWordSet(
	"فيسبوك", "فيس بوك", "فايسبوك", "تويتر", "اكس", "واتساب", "واتس اب", "تيليجرام", "تليجرام", "تلغرام",
	"تيلغرام", "لينكدان", "لينكد ان", "انستغرام", "انستجرام", "انستقرام", "يوتيوب", "تيك توك", "سناب شات",
	"ماسنجر", "بنترست", "البريد الالكتروني", "ايميل", "اخبار جوجل", "جوجل نيوز", "نبض",
	"facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "instagram", "youtube", "tiktok",
	"snapchat", "messenger", "pinterest", "reddit", "email", "e mail", "google news",
)

// pieceSet holds every piece chromePieces reads: chromeLines' lines,
// shareLabels' labels and networks' names; chromeFirst holds the first
// word of each piece and of each line creditLine reads, by which
// pageChrome lets most headlines go; maxPieceWords is the most words a
// piece has.
var pieceSet, chromeFirst, maxPieceWords = func() (phraseSet, phraseSet, int) {
	pieces, first, most := phraseSet{}, phraseSet{}, 0
	for _, set := range []phraseSet{chromeLines, shareLabels, networks} {
		for p := range set {
			pieces[p] = true
			first[p[:strings.IndexByte(p, ' ')+1]] = true
			most = max(most, strings.Count(p, " "))
		}
	}
	for p := range pictureCredits {
		first[p[:strings.IndexByte(p, ' ')+1]] = true
	}
	for _, l := range creditLabels {
		first[l[:strings.IndexByte(l, ' ')+1]] = true
	}
	return pieces, first, most
}()
