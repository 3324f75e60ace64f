package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPageChrome: a page's buttons, its count of views and its reading
// time are read whole, any figure for the count, in Arabic and in
// English; a headline that opens with their words is none of them.
func TestPageChrome(t *testing.T) {
	for _, c := range []struct {
		name, line string
		want       bool
	}{
		{"print", "طباعة", true},
		{"…the story", "طباعة الخبر", true},
		{"font size", "حجم الخط", true},
		{"…buttons in Latin letters", "A A A", true},
		{"…with marks", "A+ A-", true},
		{"print in English", "Print", true},
		{"views counted", "عدد المشاهدات: 1234", true},
		{"…in Arabic-Indic figures, a separator of thousands", "المشاهدات: ١٬٢٣٤", true},
		{"…a comma for it", "المشاهدات: 1,234", true},
		{"…the figure first", "1234 مشاهدة", true},
		{"…in English", "Views: 12", true},
		{"reading time", "وقت القراءة: 3 دقائق", true},
		{"…eleven minutes and more", "قراءة: 12 دقيقة", true},
		{"…the figure first", "3 دقائق للقراءة", true},
		{"…ten minutes", "10 دقائق للقراءة", true},
		{"…a decimal figure", "2.5 دقيقة للقراءة", true},
		{"…in Arabic-Indic figures, an Arabic decimal separator", "١٫٥ دقيقة للقراءة", true},
		{"…one minute, in words", "دقيقة واحدة للقراءة", true},
		{"…in English", "3 min read", true},
		{"a share label without its colon", "شارك الخبر", true},
		{"an advertisement's label", "إعلان", true},
		{"…an advertisement's in English", "Advertisement", true},
		{"…paid content", "محتوى مدفوع", true},
		{"a listen button", "استمع إلى المقال", true},
		{"…listen in English", "Listen to this article", true},
		{"save and comment buttons", "حفظ", true},
		{"…add a comment", "أضف تعليق", true},
		{"comments counted", "التعليقات (3)", true},
		{"…the figure first", "0 تعليق", true},
		{"…comments in English", "12 Comments", true},
		{"copy the link, in English", "Copy link", true},
		{"…copied", "تم النسخ", true},
		{"share through", "مشاركة عبر", true},
		{"enlarge the picture", "تكبير الصورة", true},
		{"a listen button, a network and a count", "استمع للخبر | واتساب | التعليقات (3)", true},
		{"the home page's link", "الصفحة الرئيسية", true},
		{"…home in English", "Home", true},
		{"a picture's label", "صورة أرشيفية", true},
		{"…in parentheses", "(صورة تعبيرية)", true},
		{"a video's label", "بالفيديو", true},
		{"…a button", "شاهد الفيديو", true},
		{"…a video in English", "Video", true},
		{"pictures' label", "بالصور", true},
		{"a live blog's label", "بث مباشر", true},
		{"updated", "تم التحديث", true},
		{"home and a network", "الرئيسية | فيسبوك", true},
		{"a picture's credit", "صورة: رويترز", true},
		{"…a photo agency's", "الصورة: غيتي إيماجز", true},
		{"…as the BBC labels it", "مصدر الصورة: Getty Images", true},
		{"…a credit in English", "Photo: AFP", true},
		{"…an agency's initials", "صورة: أ ف ب", true},
		{"…the credit alone, in parentheses", "(رويترز)", true},
		{"…an Arab agency's", "(وام)", true},
		{"a picture's label and a name", "صورة: محمد السيد", false},
		{"a headline that opens with a credit", "رويترز: الحكومة تستقيل", false},
		{"a headline that opens with pictures", "صور الأقمار الصناعية تكشف الدمار", false},
		{"a headline that opens with a video", "فيديو يوثق لحظة الانفجار", false},
		{"a headline that opens with an advertisement", "إعلان نتائج الانتخابات اليوم", false},
		{"a headline that opens with save", "حفظ القرآن في المدارس", false},
		{"comments and a word", "تعليق الدراسة في الجامعات", false},
		{"buttons joined on one line", "طباعة حجم الخط A A A", true},
		{"…set apart by bars", "طباعة | حجم الخط | ارسل لصديق", true},
		{"…a count and a reading time with them", "عدد المشاهدات: 1234 - 3 دقائق للقراءة - طباعة", true},
		{"share buttons, a network each", "فيسبوك تويتر واتساب", true},
		{"…in English", "Facebook Twitter WhatsApp Telegram Email", true},
		{"…after a share label with its colon", "شارك الخبر: فيسبوك | تويتر | واتساب", true},
		{"…a network of two words", "فيس بوك تويتر لينكد إن", true},
		{"a follow label and a network", "تابعونا على أخبار جوجل", true},
		{"everything a page sets over its story", "طباعة حجم الخط A A A عدد المشاهدات: 1234 شارك الخبر فيسبوك تويتر واتساب", true},
		{"…a piece of four words among them", "Reading time: 3 minutes | Print", true},
		{"…in tags", `<span class="print">طباعة</span> | <span>حجم الخط</span>`, true},
		{"…in entities", "طباعة&nbsp;|&nbsp;حجم الخط", true},
		{"…marks first", "| طباعة | حجم الخط |", true},
		{"a network alone", "فيسبوك", false},
		{"networks joined by and", "فيسبوك وتويتر", false},
		{"a headline that opens with a network", "فيسبوك تحظر حساب الرئيس", false},
		{"a headline that opens with two", "فيسبوك تويتر تحت المراقبة", false},
		{"buttons and a word", "طباعة حجم الخط الكبير", false},
		{"a headline that opens with print", "طباعة الكتب المدرسية تتأخر", false},
		{"a headline that opens with views", "عدد المشاهدات يتضاعف", false},
		{"views and no count", "عدد المشاهدات", false},
		{"a figure and a word", "مشاهدة 12 ألف", false},
		{"letters in the figure", "3a دقائق للقراءة", false},
		{"a figure alone", "1234", false},
		{"nothing", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, pageChrome(c.line))
		})
	}
	// A heading longer than any of them, a headline, is let go unread:
	// normalizing it would outgrow the buffer on the stack.
	long := "طباعة " + strings.Repeat("الكتب ", maxChromeBytes/len("الكتب "))
	assert.False(t, pageChrome(long))
	assert.Zero(t, testing.AllocsPerRun(100, func() { pageChrome(long) }))
}

// TestChromePieces: a line of pieces is counted in the fewest, and a
// word that is no piece's, or more words than a line of buttons has,
// makes it none.
func TestChromePieces(t *testing.T) {
	for _, c := range []struct {
		name, words string
		want        int
	}{
		{"one piece", "طباعه ", 1},
		{"two", "طباعه حجم الخط ", 2},
		{"the fewest of two ways", "a a a a a a ", 2},
		{"a word no piece's", "طباعه حجم ", 0},
		{"a piece and a word", "فيسبوك تحظر ", 0},
		{"nothing", "", 0},
		{"more words than a line of buttons", strings.Repeat("طباعه ", maxChromeWords+1), 0},
		{"as many", strings.Repeat("طباعه ", maxChromeWords), maxChromeWords},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, chromePieces([]byte(c.words)))
		})
	}
}

// TestChromeFirst: mayBeChrome lets go no line that chromeLine reads as a
// page's: not a piece, nor a line of the pieces, with marks, tags or
// entities, nor any line of TestPageChrome's.
func TestChromeFirst(t *testing.T) {
	lines := []string{"| طباعة", "<b>طباعة</b> حجم الخط", "طباعة&nbsp;حجم الخط", "A+ A-", "Views: 12", "1٬234 مشاهدة"}
	for p := range pieceSet {
		lines = append(lines, p, strings.ToUpper(p)+"| طباعة", "«"+p+"» فيسبوك")
	}
	for p := range pictureCredits {
		lines = append(lines, "("+p+")", "صورة: "+p, "مصدر الصورة: "+p, "Photo: "+strings.ToUpper(p))
	}
	read := 0
	for _, s := range lines {
		if chromeLine(s) {
			read++
			assert.True(t, mayBeChrome(s), "%q", s)
		}
	}
	require.Greater(t, read, len(pictureCredits), "the lines are a page's, most of them")
	assert.False(t, mayBeChrome("الحكومة ترفع أسعار الوقود"), "a headline is let go by its first word")
}

// FuzzChromeFirst: on any line, mayBeChrome lets go none that
// chromeLine reads as a page's, and a word that oneWord passes folds as
// AppendNormalWords folds it.
func FuzzChromeFirst(f *testing.F) {
	for p := range pieceSet {
		f.Add(p + "| A+")
	}
	for _, s := range []string{"ـــ طباعة", "طباعةُ حجم", "Print طباعة", "<b>طباعة</b> حجم الخط", "1٬234 مشاهدة", "شارك: فيسبوك", "صورة: أ.ف.ب", "(رويترز)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) <= maxChromeBytes && chromeLine(s) && !mayBeChrome(s) {
			t.Fatalf("mayBeChrome let %q go", s)
		}
		var buf [maxPhraseBytes]byte
		if words, ok := foldPhrase(&buf, s); ok && string(words) != string(AppendNormalWords(nil, s)) {
			t.Fatalf("foldPhrase folds %q to %q, AppendNormalWords to %q", s, words, AppendNormalWords(nil, s))
		}
		first, _, _ := strings.Cut(s, " ")
		if oneWord(first) {
			want := string(AppendNormalWords(nil, first))
			got := string(AppendNormalized(nil, first))
			if want != "" || got != "" {
				got += " "
			}
			if got != want {
				t.Fatalf("%q folds to %q, AppendNormalWords to %q", first, got, want)
			}
		}
	})
}

// TestPhraseSetsFit: every phrase of the sets that holds looks up fits
// foldPhrase's buffer, so that a line whose words do not fit it is none of
// them.
func TestPhraseSetsFit(t *testing.T) {
	for name, set := range map[string]phraseSet{"shareLabels": shareLabels, "captionCredits": captionCredits, "relatedHeadings": relatedHeadings, "chromeLines": chromeLines, "networks": networks, "pictureCredits": pictureCredits} {
		for phrase := range set {
			assert.LessOrEqual(t, len(phrase), maxPhraseBytes, "%s: %q", name, phrase)
			var buf [maxPhraseBytes]byte
			words, ok := foldPhrase(&buf, phrase)
			assert.True(t, ok, "%s: %q", name, phrase)
			assert.Equal(t, phrase, string(words), "%s: a phrase folds to itself", name)
		}
	}
	var buf [maxPhraseBytes]byte
	_, ok := foldPhrase(&buf, strings.Repeat("شارك ", maxPhraseBytes))
	assert.False(t, ok, "words that do not fit")
	assert.Zero(t, testing.AllocsPerRun(100, func() { shareLabels.holds("تابعونا") }), "a word of letters alone")
}

// TestLower: lower is strings.ToLower, every rune alone and among Arabic
// letters, an invalid byte too, and copies nothing where nothing changes.
func TestLower(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		for _, s := range []string{string(r), "شارك" + string(r)} {
			if got, want := lower(s), strings.ToLower(s); got != want {
				t.Fatalf("lower(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for _, s := range []string{"شارك \xff", "\xffA", "GETTY Images", "Ǆ", "ᴹin"} {
		assert.Equal(t, strings.ToLower(s), lower(s), "%q", s)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { lower("تابعونا على") }))
}
