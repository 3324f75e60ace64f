package tokenize

import (
	"fmt"
	"iter"
	"strings"

	textlang "golang.org/x/text/language" // its name is json.go's type
)

// languageNames maps the name of a language, as a CMS or a news API writes
// it in place of its code («"language": "arabic"», «"lang": "العربية"», a
// field in languages as {"Arabic": …, "English": …}), folded by
// foldLanguageName, to its ISO 639-3 code: Arabic's, the languages a site in
// Arabic most often writes beside it, and those of the Arabic-speaking
// world's neighbours. Each by its English name, its Arabic name and its own.
var languageNames = func() map[string]string {
	names := map[string][]string{
		"ara": {"arabic", "عربي", "عربية", "العربية", "اللغة العربية"},
		"eng": {"english", "انجليزي", "الإنجليزية", "إنجليزية", "إنكليزي", "الإنكليزية", "اللغة الإنجليزية"},
		"fra": {"french", "français", "francais", "فرنسي", "الفرنسية", "فرنسية"},
		"spa": {"spanish", "español", "espanol", "الإسبانية"},
		"deu": {"german", "deutsch", "الألمانية"},
		"fas": {"persian", "farsi", "فارسی", "الفارسية"},
		"urd": {"urdu", "اردو", "الأردية"},
		"tur": {"turkish", "türkçe", "turkce", "التركية"},
		"heb": {"hebrew", "עברית", "العبرية"},
		"kur": {"kurdish", "kurdî", "کوردی", "الكردية"},
		"rus": {"russian", "русский", "الروسية"},
		"zho": {"chinese", "中文", "الصينية"},
		"ita": {"italian", "italiano", "الإيطالية"},
		"por": {"portuguese", "português", "portugues", "البرتغالية"},
		"ind": {"indonesian", "bahasa indonesia", "الإندونيسية"},
		"msa": {"malay", "bahasa melayu", "الملايوية"},
		"hin": {"hindi", "हिन्दी", "الهندية"},
		"ben": {"bengali", "bangla", "বাংলা", "البنغالية"},
		"swa": {"swahili", "kiswahili", "السواحلية"},
		"som": {"somali", "soomaali", "الصومالية"},
		"amh": {"amharic", "አማርኛ", "الأمهرية"},
		"hau": {"hausa", "الهوسا"},
		"pus": {"pashto", "پښتو", "البشتونية"},
		"nld": {"dutch", "nederlands", "الهولندية"},
		"ell": {"greek", "ελληνικά", "اليونانية"},
		"jpn": {"japanese", "日本語", "اليابانية"},
		"kor": {"korean", "한국어", "الكورية"},
	}
	m := map[string]string{}
	for code, list := range names {
		for _, name := range list {
			m[foldLanguageName(name)] = code
		}
	}
	return m
}()

// longestLanguageName bounds what is folded and looked up: a key or a value
// longer than any name is no name, and costs no allocation.
var longestLanguageName = func() int {
	n := 0
	for name := range languageNames {
		n = max(n, len(name))
	}
	return n
}()

// foldLanguageName folds a language's name for languageNames: blanks around
// it out, lower case, and Arabic's spellings of hamza and teh marbuta as
// Normalize folds them (الإنجليزية and الانجليزيه are one name).
func foldLanguageName(s string) string {
	return Normalize(strings.ToLower(strings.TrimSpace(s)))
}

// LanguageByName returns the ISO 639-3 code of the language that s names
// by its name, as a document or a user may write it in place of a code: in
// English, in Arabic with or without hamza, or in its own, any case, blanks
// around it («Arabic», «العربية», «الانجليزية», «Français» give «ara»,
// «ara», «eng», «fra»), for 27 languages: Arabic, its neighbours' and those
// a site in Arabic most often writes beside it. ok is false for anything
// else, a code among it («ar» is no name).
func LanguageByName(s string) (code string, ok bool) {
	if len(s) < 4 || len(s) > longestLanguageName+8 || !nameStart(s[0]) {
		return "", false // no name, not folded: most keys are short codes or ASCII words
	}
	if t := strings.TrimSpace(s); len(t) <= 64 && isASCII(t) {
		// Every key of a JSON object is asked (settleLanguages), and an
		// API's keys are often capitalized ("Title", "PublishedAt"):
		// lower-cased on the stack, as foldLanguageName would, a key
		// costs a lookup, not a new string.
		var buf [64]byte
		lower := buf[:len(t)]
		for i := range len(t) {
			c := t[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lower[i] = c
		}
		code, ok = languageNames[string(lower)]
		return code, ok
	}
	code, ok = languageNames[foldLanguageName(s)]
	return code, ok
}

// nameStart reports whether a string that opens with byte c may be a
// language's name: a letter, an opening blank (a space, a tab, a line's
// end: what TrimSpace takes off, as after the name) or a byte of a letter
// past ASCII.
func nameStart(c byte) bool {
	return isASCIILetter(c) || c == ' ' || ('\t' <= c && c <= '\r') || c >= 0x80
}

// Languages is a set of languages by their ISO 639-3 codes, as
// ParseLanguages reads a list of them: which articles of a file to keep,
// by the language the file says each is in. A crawl of the web is in every
// language, and an Arabic summary of a page in another is none a reader
// wants. The nil Languages keeps every article.
type Languages map[string]bool

// ParseLanguages reads a list of languages separated by commas, blanks
// around each: a code as files write one, ISO 639-1's «ar», ISO 639-3's
// «ara» (Common Crawl's), BCP 47's «ar-SA» or «ar_EG», in any case, or a
// name (LanguageByName: «arabic», «العربية»). An empty list gives nil.
// What names no language is an error, which says how to name one: it
// would keep no article of a file whose articles all name theirs, and give
// nothing without a word.
func ParseLanguages(list string) (Languages, error) {
	var l Languages
	for name := range strings.SplitSeq(list, ",") {
		if strings.TrimSpace(name) == "" {
			continue
		}
		code, ok := iso3(name)
		if !ok {
			return nil, fmt.Errorf("%q is no language code: a language is named by its ISO 639 code, as Common Crawl names it (ara for Arabic, eng for English, fas for Persian) or as a CMS does (ar, ar-SA), or by its name (arabic, العربية)", strings.TrimSpace(name))
		}
		if l == nil {
			l = Languages{}
		}
		l[code] = true
	}
	return l, nil
}

// Keeps reports whether l keeps an article that its file says is in lang
// (Article.Language, the main language first where it names several,
// «ara,eng»): one whose main language is in l, and one whose file names
// none. Every article for an empty l.
func (l Languages) Keeps(lang string) bool {
	if len(l) == 0 {
		return true
	}
	main, _, _ := strings.Cut(lang, ",")
	if main = strings.ToLower(strings.TrimSpace(main)); main == "" || l[main] {
		return true
	}
	code, ok := iso3(main)
	return ok && l[code]
}

// Filter returns the articles of articles that l keeps (Keeps), in order,
// and every error among them.
func (l Languages) Filter(articles iter.Seq2[Article, error]) iter.Seq2[Article, error] {
	if len(l) == 0 {
		return articles
	}
	return func(yield func(Article, error) bool) {
		for a, err := range articles {
			if (err != nil || l.Keeps(a.Language)) && !yield(a, err) {
				return
			}
		}
	}
}

// LanguageCode returns the ISO 639-3 code of a language that s names, as
// Languages holds it and Keeps compares it: s a code as a file writes one,
// «ara», «ar», «ar-SA», «ar_EG», in any case, or a language's name
// (LanguageByName); ok false for what names no language («xx», «und»).
// A program that builds a Languages of its own, or files its articles by
// language, gives it the codes this returns.
func LanguageCode(s string) (code string, ok bool) { return iso3(s) }

// iso3 returns the ISO 639-3 code of a language's code as a file writes
// it, «ara», «ar», «ar-SA», «ar_EG», in any case, or of its name
// (LanguageByName); ok false for what names no language («xx», «und»).
func iso3(code string) (string, bool) {
	if iso, ok := LanguageByName(code); ok {
		return iso, true
	}
	tag, err := textlang.Parse(strings.TrimSpace(code))
	if err != nil {
		return "", false
	}
	base, confidence := tag.Base()
	if confidence != textlang.Exact {
		return "", false
	}
	return base.ISO3(), true
}
