package tokenize_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/tokenize"
)

func TestLightStemmer(t *testing.T) {
	tests := []struct {
		name, word, want string
	}{
		// clitic prefixes: و/ف + article
		{"waw and article", "والدبلوماسية", "دبلوماس"},
		{"bi and article", "بالخطة", "خط"},
		{"lil", "للأزمة", "ازم"},
		{"fa and article", "فالدول", "دول"},
		{"article", "الكتاب", "كتاب"},
		{"waw article", "والكتاب", "كتاب"},
		{"bi article", "بالكتاب", "كتاب"},
		{"ka article", "كالبحر", "بحر"},
		{"fa lil", "فللحكومة", "حكوم"},
		{"lil noun", "للحكومة", "حكوم"},
		{"fa article short", "فالحل", "حل"},
		{"article short", "الحل", "حل"},
		{"waw bi article", "وبالتالي", "تال"},
		// a bare و or ف stays: it starts too many words
		{"wakala keeps waw", "وكالة", "وكال"},
		{"wilaya keeps waw", "ولاية", "ولا"},
		{"wazir keeps waw", "وزير", "وزير"},
		{"wizara keeps waw", "وزارة", "وزار"},
		{"waw before a name kept", "ولبنان", "ولبنان"},
		// suffixes
		{"feminine plural with article", "الحكومات", "حكوم"},
		{"masculine plural nominative", "المعلمون", "معلم"},
		{"masculine plural oblique", "المعلمين", "معلم"},
		{"dual", "المعلمان", "معلم"},
		{"dual oblique", "الطرفين", "طرف"},
		{"feminine plural long", "مفاوضات", "مفاوض"},
		{"feminine plural short kept", "قوات", "قوات"},
		// a bare feminine plural meets its form with the article: no name
		// ends in ات as بوتين ends in ين, so three letters are enough
		{"feminine plural of four", "حكومات", "حكوم"},
		{"feminine plural of three", "شركات", "شرك"},
		{"feminine plural of three meets the article", "الشركات", "شرك"},
		{"feminine plural of three under a possessive kept", "شركاتها", "شركات"},
		{"possessive her", "سياراتها", "سيارات"},
		{"possessive his", "كتابه", "كتاب"},
		{"possessive my", "كتابي", "كتاب"},
		{"teh marbuta", "مدرسة", "مدرس"},
		{"nisba feminine", "العربية", "عرب"},
		{"nisba masculine", "عربي", "عرب"},
		{"alef maqsura folded then stripped", "الموسيقى", "موسيق"},
		{"nisba agrees with maqsura", "موسيقي", "موسيق"},
		{"nisba plural", "اللاجئين", "لاج"},
		{"nisba plural meets the name", "الفلسطينيين", "فلسطين"},
		{"nisba plural nominative", "الأمريكيون", "امريك"},
		{"nisba feminine plural meets the name", "اللبنانيات", "لبنان"},
		{"hamza on yeh singular", "لاجئ", "لاج"},
		{"article then nothing to strip", "الأمم", "امم"},
		// names that must survive
		{"putin", "بوتين", "بوتين"},
		{"washington", "واشنطن", "واشنطن"},
		{"palestine", "فلسطين", "فلسطين"},
		{"lavrov", "لافروف", "لافروف"},
		{"russia", "روسيا", "روسيا"},
		{"tehran", "طهران", "طهران"},
		{"lebanon", "لبنان", "لبنان"},
		{"macron", "ماكرون", "ماكرون"},
		{"egypt", "مصر", "مصر"},
		{"syria", "سوريا", "سوريا"},
		{"china keeps its stem after the article", "الصين", "صين"},
		{"moscow", "موسكو", "موسكو"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokenize.LightStemmer{}.Stem(tokenize.Normalize(tt.word))
			assert.Equal(t, tokenize.Normalize(tt.want), got, "Stem(%+q)", tt.word)
		})
	}
}

func TestDefaultStemmerByScript(t *testing.T) {
	tests := []struct {
		name    string
		stemmer tokenize.DefaultStemmer
		word    string
		want    string
	}{
		{"arabic", tokenize.DefaultStemmer{}, "والدبلوماسيه", "دبلوماس"},
		{"english by default", tokenize.DefaultStemmer{}, "negotiations", "negoti"},
		{"french when asked", tokenize.DefaultStemmer{Latin: tokenize.French}, "négociations", "négoci"},
		{"spanish when asked", tokenize.DefaultStemmer{Latin: tokenize.Spanish}, "negociaciones", "negoci"},
		// Each word stems otherwise under the other languages' rules.
		{"swedish when asked", tokenize.DefaultStemmer{Latin: tokenize.Swedish}, "förhandlingarna", "förhandling"},
		{"norwegian when asked", tokenize.DefaultStemmer{Latin: tokenize.Norwegian}, "forhandlingene", "forhandling"},
		{"hungarian when asked", tokenize.DefaultStemmer{Latin: tokenize.Hungarian}, "tárgyalásokat", "tárgyalás"},
		{"cyrillic is russian", tokenize.DefaultStemmer{}, "переговоры", "переговор"},
		{"other scripts unchanged", tokenize.DefaultStemmer{}, "交渉", "交渉"},
		{"digits unchanged", tokenize.DefaultStemmer{}, "2024", "2024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.stemmer.Stem(tt.word))
		})
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"stop words and clitics", "وصل الوفد إلى الأزمة في أوكرانيا", []string{"وصل", "وفد", "ازم", "اوكرانيا"}},
		{"stop word behind waw", "وقال", nil},
		{"stop word behind a clitic", "وهذا بذلك لهذا", nil},
		{"spelling variants meet", "الأزمةُ والازمة", []string{"ازم", "ازم"}},
		{"a word that a clitic and a listed word spell is a term: a state, the crown prince, a door", "ولاية الولاية ولايات الولايات ولي العهد باب", []string{"ولا", "ولا", "ولا", "ولا", "ولي", "عهد", "باب"}},
		{"latin lower-cased and stemmed, english stop words out", "The Negotiations of NATO", []string{"negoti", "nato"}},
		{"numbers kept, one letter dropped", "ميزانية 2024 و ب", []string{"ميزان", "2024"}},
		{"decimal kept whole", "نمو 3.5 بالمئة", []string{"نمو", "3.5", "ميه"}},
		{"custom stemmer", "الكتب", []string{"<الكتب>"}},
		{"HTML tags are no terms", "زار <a href=\"https://www.example.com/news\">الوزير</a> <span class=\"lead\">المعرض</span>", []string{"زار", "وزير", "معرض"}},
		{"HTML entities are no terms", "الوزير&nbsp;زار &quot;المعرض&quot; &#1575;&#x627; &hellip;", []string{"وزير", "زار", "معرض"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var st tokenize.Stemmer
			if tt.name == "custom stemmer" {
				st = wrap{}
			}
			assert.Equal(t, tt.want, tokenize.Terms(tt.text, st), "%+q", tt.text)
		})
	}
}

type wrap struct{}

func (wrap) Stem(w string) string { return "<" + w + ">" }

func TestWords(t *testing.T) {
	text := "قال: «السلام\u200cعليكم» 3.5، وإلى-اللقاء"
	assert.Equal(t, []string{"قال", "السلام\u200cعليكم", "3.5", "وإلى", "اللقاء"}, wordsIn(text))

	// A number keeps its thousands separators, Latin and Arabic, as it
	// keeps its decimal point, but not a comma or a period after it; a
	// format character that trails a word is no part of it.
	numbers := "بلغ 1,000,000 دولار و١٬٢٠٠ دينار ونص\u200f آخر عام 2018, ثم 2019."
	assert.Equal(t, []string{"بلغ", "1,000,000", "دولار", "و١٬٢٠٠", "دينار", "ونص", "آخر", "عام", "2018", "ثم", "2019"}, wordsIn(numbers))

	// A Markdown link's address is markup: it is no words, so it neither
	// lengthens a sentence nor brings terms («https», «com») that would
	// make every sentence linking to one site alike. An address with a
	// blank in it is none.
	md := "وحضره [الضيوف](https://example.com/a_(1)/b) و[الناشرون]( x) ![صورة](/a.jpg). [ب](c"
	assert.Equal(t, []string{"وحضره", "الضيوف", "و", "الناشرون", "x", "صورة", "ب", "c"}, wordsIn(md))

	// An HTML entity is a character written as markup: «&nbsp;» is a
	// space, «&quot;» a quotation mark, «&#1575;» a letter. Its name is
	// no word («nbsp», «quot», «1575»); where it stands, a word ends. Only
	// a whole one counts: a name of one letter, or none, or no ';', is text.
	html := "زار الوزير&nbsp;المعرض &quot;أمس&quot; &amp; &#1575;&#x627; &laquo;نعم&raquo; &copy2024 R&D; &#; &x;"
	assert.Equal(t, []string{"زار", "الوزير", "المعرض", "أمس", "نعم", "copy2024", "R", "D", "x"}, wordsIn(html))

	// A tag is markup too («<a href=…>», «</span>»): its name and its
	// attributes are no words. A '<' that opens no tag («< 5»), or that no
	// '>' closes before the next '<' or the line's end, is text.
	tags := "زار <a href=\"https://www.example.com/news/123\">الوزير</a> <span class=\"x\">المعرض</span> < 5 و<b>أمس</b> <i ثم a<b ج\nد> <x <y>"
	assert.Equal(t, []string{"زار", "الوزير", "المعرض", "5", "و", "أمس", "i", "ثم", "a", "b", "ج", "د", "x"}, wordsIn(tags))

	// A program that wraps a page's source (Word's web page, at 80
	// characters) breaks tags between their attributes: a tag of ASCII
	// alone goes on over the break. One with other letters in it is text.
	wrapped := "وقال <span\r\ndir=LTR style='font-family:\"Arial\"'>2025</span> الوزير <b\nج>د"
	assert.Equal(t, []string{"وقال", "2025", "الوزير", "b", "ج", "د"}, wordsIn(wrapped))

	// Every line break Sentences knows ends a tag's line, not \n and \r
	// alone: a tag with an Arabic letter on either side of a form feed or a
	// line separator is text too, as it is in Sentences' lines.
	assert.Equal(t, []string{"و", "د"}, wordsIn("و<b ج>د"), "on its line: a tag")
	for _, br := range lineBreaks {
		t.Run(br.name, func(t *testing.T) {
			for _, tc := range []struct {
				text string
				want []string
			}{
				{"و<b ج" + br.sep + "x>د", []string{"و", "b", "ج", "x", "د"}},
				{"و<b x" + br.sep + "ج>د", []string{"و", "b", "x", "ج", "د"}},
				{"و<li" + br.sep + "\xa8>د", []string{"و", "li", "د"}},
			} {
				assert.Equal(t, tc.want, wordsIn(tc.text), "%+q", tc.text)
			}
		})
	}
}

// wordsIn returns the words of text, as Words gives them.
func wordsIn(text string) []string {
	var out []string
	for sp := range tokenize.Words(text) {
		out = append(out, sp.In(text))
	}
	return out
}

func TestIsStopword(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"في", true},
		{"وفي", true},    // و + في
		{"بذلك", true},   // ب + ذلك
		{"فلهذا", true},  // ف + ل + هذا
		{"كتلك", true},   // ك + تلك
		{"وكاله", false}, // a word that starts like a clitic
		{"كتاب", false},  // ك + تاب is no stop word either
		{"لا", true},     // in the list itself
		{"وب", false},    // one letter would remain
		{"فلن", true},    // ف + لن: two letters remain, enough
		{"لمن", true},    // ل + من, the same
		{"ولكن", true},   // و + لكن
		{"لهم", true},    // ل + هم
		{"وبانه", true},  // و + ب + انه
		// Listed words that no clitic goes before: behind one they spell a
		// word of the story.
		{"ولاية", false}, // و + ل + إيه, an interjection: a state
		{"إيه", true},    // itself a listed word
		{"ولي", false},   // و + لي: ولي العهد, the crown prince
		{"فعل", false},   // ف + عل: an act, he did
		{"باب", false},   // ب + أب, a father: a door
		{"لحم", false},   // ل + حم: meat
		{"كاف", false},   // ك + اف: enough
		{"بعين", false},  // ب + عين: with an eye
		{"وعلق", false},  // و + علق: and he commented
		{"فلين", false},  // ف + لئن: Flynn
		{"بحري", false},  // ب + حرى: maritime
		{"وهب", false},   // و + هبّ: he gave
		{"وريث", false},  // و + ريث: an heir
		{"لامين", false}, // ل + آمين: Lamine
		{"كولن", false},  // ك + و + لن, a conjunction after a preposition: Colin
		{"بولا", false},  // ب + و + لا: Paula
		{"كوفي", false},  // ك + و + في: Kofi
		{"لفان", false},  // ل + ف + ان: لفان غوخ, of Van Gogh
		{"لواحد", true},  // ل + واحد, one, whose و is its own
		// A preposition or a particle with a pronoun after it, which the
		// lists hold for some (منه, عليه) and not for others.
		{"عنه", true},     // عن + ه, about him
		{"معها", true},    // مع + ها, with her
		{"لديهم", true},   // لدى + هم, they have
		{"إليه", true},    // إلى + ه, to him
		{"بينهما", true},  // بين + هما, between them
		{"لكنه", true},    // لكن + ه, but he
		{"إنهم", true},    // إن + هم, that they
		{"أنني", true},    // أن + ني, that I
		{"معي", true},     // مع + ي, with me
		{"وبعدها", true},  // و + بعد + ها, and after it
		{"ولديه", true},   // و + لدى + ه
		{"فعليهم", true},  // ف + على + هم
		{"بني", false},    // ب + ني is no Arabic: بني, sons of, as in بني سويف
		{"مني", false},    // من + ي, from me, is منى, Mona, too
		{"عني", false},    // عن + ي, about me, is عنى, he meant, too
		{"معني", false},   // مع + ني is no Arabic: concerned
		{"بينه", false},   // بين + ه, between him, is بيّنة, evidence, too
		{"قبله", false},   // قبل + ه, before him, is قبلة, a kiss, the qibla, too
		{"عبره", false},   // عبر + ه, through it, is عبرة, a lesson, too
		{"أمامي", false},  // أمام + ي, before me, is أماميّ, front
		{"نحوي", false},   // نحو + ي, toward me, is نحويّ, a grammarian
		{"حولي", false},   // حول + ي, around me, is حولي, Hawalli
		{"ولها", true},    // و + لها: listed
		{"فلنا", true},    // ف + ل + نا
		{"وبنا", true},    // و + ب + نا
		{"مع", true},      // listed, with no pronoun
		{"معهد", false},   // مع + هد is no pronoun: an institute
		{"عندهم", true},   // عند + هم
		{"ضدها", true},    // ضد + ها
		{"تحتها", true},   // تحت + ها
		{"كانهم", true},   // كأن + هم, as if they
		{"كانها", true},   // كأن + ها
		{"كانت", true},    // listed
		{"بعده", true},    // بعد + ه
		{"دونها", true},   // دون + ها
		{"منهم", true},    // من + هم
		{"أمامهما", true}, // أمام + هما: the longest, seven letters
		{"معنا", true},    // مع + نا
		{"منكما", true},   // من + كما
		{"معكم", true},    // مع + كم
		{"معك", true},     // مع + ك
		{"منهن", true},    // من + هن
		{"عليكن", true},   // على + كن
		{"the", true},     // English, through Snowball's list
		{"economy", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.want, tokenize.IsStopword(tokenize.Normalize(tt.word)), "%+q", tt.word)
		})
	}
}
