package tokenize_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

// The texts of the JSON rows: a story of two paragraphs and another one.
const (
	jsonLead   = "رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة."
	jsonSecond = "وقال الوزير إن القرار يخفف عجز الموازنة."
	jsonOther  = "افتتح وزير الثقافة معرض الكتاب في العاصمة."

	// jsonLead as a rich-text editor stores it: runs of text, the
	// middle one bold.
	jsonRun1 = "رفعت الحكومة "
	jsonRun2 = "أسعار الوقود"
	jsonRun3 = " بنسبة عشرة في المئة."

	// jsonLead and jsonSecond in English, as a bilingual site keeps them
	// beside the Arabic: in more words, as English takes.
	jsonLeadEn  = "The government raised the prices of fuel by ten percent on Tuesday, the ministry said."
	jsonBodyEn  = jsonLeadEn + " The minister said that the decision would ease the deficit of the budget this year."
	jsonOtherEn = "The minister of culture opened the book fair in the capital on Monday, with three hundred publishers taking part."
	jsonOtherFr = "Le ministre de la culture a inauguré le salon du livre dans la capitale lundi, avec trois cents éditeurs et des milliers de visiteurs."

	// Strapi's entries, each with its localizations (?populate=localizations):
	// the same story in its other languages, each an entry of its own.
	// The first is in Arabic, with its English; the second in English, with
	// its Arabic. Version 4 keeps an entry's fields in its attributes and a
	// relation's entries under data; version 5 has neither.
	strapi4 = `{"data":[{"id":1,"attributes":{"title":"الوقود","content":"` + jsonLead + `","locale":"ar","publishedAt":"2024-03-12",` +
		`"localizations":{"data":[{"id":2,"attributes":{"title":"Fuel","content":"` + jsonBodyEn + `","locale":"en","publishedAt":"2024-03-12"}}]}}},` +
		`{"id":3,"attributes":{"title":"Book fair","content":"` + jsonOtherEn + `","locale":"en","publishedAt":"2024-03-13",` +
		`"localizations":{"data":[{"id":4,"attributes":{"title":"المعرض","content":"` + jsonOther + `","locale":"ar","publishedAt":"2024-03-13"}}]}}}],` +
		`"meta":{"pagination":{"page":1,"pageSize":25,"pageCount":1,"total":2}}}`
	strapi5 = `{"data":[{"id":1,"documentId":"d1","title":"الوقود","content":"` + jsonLead + `","locale":"ar","publishedAt":"2024-03-12",` +
		`"localizations":[{"id":2,"documentId":"d1","title":"Fuel","content":"` + jsonBodyEn + `","locale":"en","publishedAt":"2024-03-12"}]},` +
		`{"id":3,"documentId":"d2","title":"Book fair","content":"` + jsonOtherEn + `","locale":"en","publishedAt":"2024-03-13",` +
		`"localizations":[{"id":4,"documentId":"d2","title":"المعرض","content":"` + jsonOther + `","locale":"ar","publishedAt":"2024-03-13"}]}],"meta":{}}`
)

func TestJSONArticles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []article // nil with ok false: no JSON document
		ok   bool
	}{
		{"a record as -jsonl reads it, saved as a file",
			`{"id": "a1", "title": "الحكومة ترفع أسعار الوقود", "text": "` + jsonLead + `\n` + jsonSecond + `"}`,
			[]article{{"الحكومة ترفع أسعار الوقود", jsonLead + "\n" + jsonSecond}}, true},
		{"WordPress's REST API: every letter escaped, '/' too, the title and content rendered, an excerpt",
			`{"id":7,"date":"2024-03-12T10:30:00","link":"https:\/\/example.com\/?p=7","title":{"rendered":"\u0627\u0644\u0648\u0642\u0648\u062f &#8211; \u0627\u0644\u0623\u0633\u0639\u0627\u0631"},` +
				`"content":{"rendered":"<p>\u0631\u0641\u0639\u062a \u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u0623\u0633\u0639\u0627\u0631 \u0627\u0644\u0648\u0642\u0648\u062f.<\/p>\n<p>\u0648\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0625\u0646 \u0627\u0644\u0642\u0631\u0627\u0631 \u0635\u0639\u0628.<\/p>\n","protected":false},` +
				`"excerpt":{"rendered":"<p>\u0631\u0641\u0639\u062a \u0627\u0644\u062d\u0643\u0648\u0645\u0629 [&hellip;]<\/p>\n","protected":false},"author":1}`,
			[]article{{"الوقود – الأسعار", "<p>رفعت الحكومة أسعار الوقود.</p>\n<p>وقال الوزير إن القرار صعب.</p>\n"}}, true},
		{"a list of posts: each with its title, in order",
			`[{"title":{"rendered":"الوقود"},"content":{"rendered":"<p>` + jsonLead + `</p>"}},` +
				`{"title":{"rendered":"<b>المعرض</b>"},"content":{"rendered":"<p>` + jsonOther + `</p>"}}]`,
			[]article{{"الوقود", "<p>" + jsonLead + "</p>"}, {"المعرض", "<p>" + jsonOther + "</p>"}}, true},
		{"schema.org's NewsArticle: a headline before a name, the body under articleBody",
			`{"@context":"https://schema.org","@type":"NewsArticle","name":"موقع الأخبار","headline":"الحكومة ترفع أسعار الوقود","articleBody":"` + jsonLead + ` ` + jsonSecond + `","publisher":{"@type":"Organization","name":"شبكة الأخبار"}}`,
			[]article{{"الحكومة ترفع أسعار الوقود", jsonLead + " " + jsonSecond}}, true},
		{"a news API's answer: articles in a list under a key, one without text left out",
			`{"status":"ok","totalResults":3,"articles":[{"source":{"name":"وكالة"},"title":"الوقود","description":"أسعار","content":"` + jsonLead + ` ` + jsonSecond + `"},` +
				`{"title":"فارغ","description":"لا شيء","content":null},{"title":"المعرض","content":"` + jsonOther + `"}]}`,
			[]article{{"الوقود", jsonLead + " " + jsonSecond}, {"المعرض", jsonOther}}, true},
		{"a body as a list of paragraphs: one article, its paragraphs apart",
			`{"title":"الوقود","paragraphs":["` + jsonLead + `","` + jsonSecond + `"]}`,
			[]article{{"الوقود", jsonLead + "\n\n" + jsonSecond}}, true},
		{"a body in blocks, as block editors store it: one article, its heading a line of its own",
			`{"title":"الوقود","blocks":[{"type":"paragraph","data":{"text":"` + jsonLead + `"}},{"type":"header","data":{"text":"ردود الفعل","level":2}},{"type":"image","data":{"url":"a.jpg","caption":"صورة"}},{"type":"paragraph","data":{"text":"` + jsonSecond + `"}}]}`,
			[]article{{"الوقود", jsonLead + "\n\nردود الفعل\n\n" + jsonSecond}}, true},
		{"a list of records without titles, as a scrape writes it: each record an article, as JSON Lines would be",
			`[{"url":"https://example.com/1","text":"` + jsonLead + `"},{"url":"https://example.com/2","text":"` + jsonOther + `"}]`,
			[]article{{"", jsonLead}, {"", jsonOther}}, true},
		{"and each record's text is its own longest string's, as in JSON Lines, not the list's",
			`[{"title":"الوقود","a":"` + jsonLead + `","b":"ن"},{"a":"ع","b":"` + jsonOther + `"}]`,
			[]article{{"الوقود", jsonLead}, {"", jsonOther}}, true},
		{"but an untitled body's blocks, a list under a key, are one article",
			`{"blocks":[{"type":"paragraph","data":{"text":"` + jsonLead + `"}},{"type":"paragraph","data":{"text":"` + jsonSecond + `"}}]}`,
			[]article{{"", jsonLead + "\n\n" + jsonSecond}}, true},
		{"an API's untitled records under a key, each with an id and a date: each its own article, not one of all",
			`{"status":"ok","data":[{"id":101,"date":"2024-03-12","body":"` + jsonLead + ` ` + jsonSecond + `"},{"id":102,"date":"2024-03-13","body":"` + jsonOther + `"}]}`,
			[]article{{"", jsonLead + " " + jsonSecond}, {"", jsonOther}}, true},
		{"a scrape's records under a key, each with its address and its date",
			`{"items":[{"url":"https://example.com/1","published_at":"2024-03-12","text":"` + jsonLead + `"},{"url":"https://example.com/2","published_at":"2024-03-13","text":"` + jsonOther + `"}]}`,
			[]article{{"", jsonLead}, {"", jsonOther}}, true},
		{"a search engine's hits: each hit an article, its id beside its source's address",
			`{"took":3,"hits":{"total":2,"hits":[{"_index":"news","_id":"a1","_source":{"link":"https://example.com/1","text":"` + jsonLead + `"}},{"_index":"news","_id":"a2","_source":{"link":"https://example.com/2","text":"` + jsonOther + `"}}]}}`,
			[]article{{"", jsonLead}, {"", jsonOther}}, true},
		{"records under a site's name take no title from it",
			`{"name":"موقع الأخبار","items":[{"guid":"1","pubDate":"2024-03-12","text":"` + jsonLead + `"},{"guid":"2","pubDate":"2024-03-13","text":"` + jsonOther + `"}]}`,
			[]article{{"", jsonLead}, {"", jsonOther}}, true},
		{"a record's own title is still its title",
			`{"data":[{"id":1,"date":"2024-03-12","headline":"الوقود","body":"` + jsonLead + `"},{"id":2,"date":"2024-03-13","body":"` + jsonOther + `"}]}`,
			[]article{{"الوقود", jsonLead}, {"", jsonOther}}, true},
		{"an id alone makes no record: a block editor's blocks with ids are one article, an image's address beside them",
			`{"time":1710240000,"blocks":[{"id":"x1","type":"paragraph","data":{"text":"` + jsonLead + `"}},{"id":"x2","type":"image","data":{"url":"a.jpg","caption":"صورة"}},{"id":"x3","type":"paragraph","data":{"text":"` + jsonSecond + `"}}],"version":"2.28.2"}`,
			[]article{{"", jsonLead + "\n\n" + jsonSecond}}, true},
		{"nor does a date alone: a body's paragraphs, each dated, are one article",
			`{"paragraphs":[{"updated":"2024-03-12","text":"` + jsonLead + `"},{"updated":"2024-03-12","text":"` + jsonSecond + `"}]}`,
			[]article{{"", jsonLead + "\n\n" + jsonSecond}}, true},
		{"nor do an empty id and date",
			`{"paragraphs":[{"id":"","date":"","text":"` + jsonLead + `"},{"id":"","date":"","text":"` + jsonSecond + `"}]}`,
			[]article{{"", jsonLead + "\n\n" + jsonSecond}}, true},
		{"a body in an object with its own id and date, not in a list, is still its post's, under the post's title",
			`{"title":"الوقود","content":{"id":"c1","date":"2024-03-12","text":"` + jsonLead + `"}}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"a rich-text editor's document (ProseMirror, Tiptap): a paragraph's runs of text are one paragraph, bold or linked",
			`{"title":"الوقود","body":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonRun1 + `"},{"type":"text","marks":[{"type":"bold"}],"text":"` + jsonRun2 + `"},{"type":"text","text":"` + jsonRun3 + `"}]},` +
				`{"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"ردود "},{"type":"text","marks":[{"type":"italic"}],"text":"الفعل"}]},` +
				`{"type":"paragraph","content":[{"type":"text","text":"وقال الوزير إن "},{"type":"text","marks":[{"type":"link","attrs":{"href":"https://example.com"}}],"text":"القرار"},{"type":"text","text":" يخفف عجز الموازنة."}]}]}}`,
			[]article{{"الوقود", jsonLead + "\n\nردود الفعل\n\n" + jsonSecond}}, true},
		{"a paragraph's runs count as one string: each shorter than the title, the text is still theirs",
			`{"title":"الحكومة ترفع أسعار الوقود اليوم","body":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonRun1 + `"},{"type":"text","marks":[{"type":"bold"}],"text":"` + jsonRun2 + `"},{"type":"text","text":"` + jsonRun3 + `"}]}]}}`,
			[]article{{"الحكومة ترفع أسعار الوقود اليوم", jsonLead}}, true},
		{"what else a paragraph holds among its runs, a mention's label, is left out, not a paragraph of its own",
			`{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonRun1 + jsonRun2 + `"},{"type":"mention","text":"@الوزارة"},{"type":"text","text":"` + jsonRun3 + `"}]}]}`,
			[]article{{"", jsonLead}}, true},
		{"Sanity's Portable Text: a block's spans",
			`{"title":"الوقود","body":[{"_type":"block","_key":"a","style":"normal","markDefs":[],"children":[{"_type":"span","_key":"a1","text":"` + jsonRun1 + `","marks":[]},{"_type":"span","_key":"a2","text":"` + jsonRun2 + `","marks":["strong"]},{"_type":"span","_key":"a3","text":"` + jsonRun3 + `","marks":[]}]},` +
				`{"_type":"block","_key":"b","style":"normal","markDefs":[],"children":[{"_type":"span","_key":"b1","text":"` + jsonSecond + `","marks":[]}]}]}`,
			[]article{{"الوقود", jsonLead + "\n\n" + jsonSecond}}, true},
		{"a paragraph's runs across a sentence's end are one paragraph too",
			`{"_type":"post","body":[{"_type":"block","children":[{"_type":"span","text":"` + jsonLead + `"},{"_type":"span","text":" ` + jsonSecond + `","marks":["em"]}]}]}`,
			[]article{{"", jsonLead + " " + jsonSecond}}, true},
		{"Contentful's rich text: a paragraph's text nodes, a hyperlink's among them",
			`{"sys":{"id":"e1"},"fields":{"title":"الوقود","body":{"nodeType":"document","data":{},"content":[{"nodeType":"paragraph","data":{},"content":[{"nodeType":"text","value":"` + jsonRun1 + `","marks":[],"data":{}},{"nodeType":"text","value":"` + jsonRun2 + `","marks":[{"type":"bold"}],"data":{}},{"nodeType":"text","value":"` + jsonRun3 + `","marks":[],"data":{}}]},` +
				`{"nodeType":"paragraph","data":{},"content":[{"nodeType":"text","value":"وقال الوزير إن ","marks":[],"data":{}},{"nodeType":"hyperlink","data":{"uri":"https://example.com"},"content":[{"nodeType":"text","value":"القرار","marks":[],"data":{}}]},{"nodeType":"text","value":" يخفف عجز الموازنة.","marks":[],"data":{}}]}]}}}`,
			[]article{{"الوقود", jsonLead + "\n\n" + jsonSecond}}, true},
		{"Lexical's (Payload's) state: a paragraph's text nodes, a link's among them",
			`{"title":"الوقود","content":{"root":{"type":"root","children":[{"type":"paragraph","children":[{"type":"text","text":"` + jsonRun1 + `","format":0},{"type":"text","text":"` + jsonRun2 + `","format":1},{"type":"text","text":"` + jsonRun3 + `","format":0},{"type":"hashtag","text":" #الوقود"}]},` +
				`{"type":"paragraph","children":[{"type":"text","text":"وقال الوزير إن ","format":0},{"type":"link","fields":{"url":"https://example.com"},"children":[{"type":"text","text":"القرار","format":0}]},{"type":"text","text":" يخفف عجز الموازنة.","format":0}]}]}}}`,
			[]article{{"الوقود", jsonLead + "\n\n" + jsonSecond}}, true},
		{"Slate's value (Plate's, Payload's before Lexical): an element's children, leaves of text without a type",
			`{"title":"الوقود","content":[{"type":"p","children":[{"text":"` + jsonRun1 + `"},{"text":"` + jsonRun2 + `","bold":true},{"text":"` + jsonRun3 + `"}]},{"type":"h2","children":[{"text":"ردود الفعل"}]},` +
				`{"type":"p","children":[{"text":"وقال الوزير إن "},{"type":"link","url":"https://example.com","children":[{"text":"القرار"}]},{"text":" يخفف عجز الموازنة."}]}]}`,
			[]article{{"الوقود", jsonLead + "\n\nردود الفعل\n\n" + jsonSecond}}, true},
		{"a tree of elements without types: the innermost children are its leaves",
			`{"title":"الوقود","children":[{"children":[{"text":"` + jsonRun1 + `"},{"text":"` + jsonRun2 + jsonRun3 + `"}]},{"children":[{"text":"` + jsonSecond + `"}]}]}`,
			[]article{{"الوقود", jsonLead + "\n\n" + jsonSecond}}, true},
		{"but children of text under another key are no leaves",
			`{"title":"الوقود","sections":[{"parts":[{"text":"` + jsonLead + `"},{"text":"ردود الفعل"},{"text":"` + jsonSecond + `"}]}]}`,
			[]article{{"الوقود", jsonLead + "\n\nردود الفعل\n\n" + jsonSecond}}, true},
		{"but an element of text a paragraph, as Arc XP's content elements are, stays apart, under the story's headline",
			`{"headlines":{"basic":"الوقود","meta_title":"الوقود | الموقع"},"content_elements":[{"_id":"A","type":"text","content":"` + jsonLead + `"},{"_id":"B","type":"text","content":"` + jsonSecond + `"}]}`,
			[]article{{"الوقود", jsonLead + "\n\n" + jsonSecond}}, true},
		{"a headline's main one, as the New York Times' search API gives it, among stories under a key",
			`{"response":{"docs":[{"_id":"a1","pub_date":"2024-03-12","headline":{"kicker":"اقتصاد","main":"الوقود","print_headline":"الحكومة ترفع الأسعار"},"lead_paragraph":"` + jsonLead + `"},` +
				`{"_id":"a2","pub_date":"2024-03-13","headline":{"main":"المعرض"},"lead_paragraph":"` + jsonOther + `"}]}}`,
			[]article{{"الوقود", jsonLead}, {"المعرض", jsonOther}}, true},
		{"an object under a headline's key with none of these is no headline",
			`{"title":{"text":"الوقود","size":2},"body":"` + jsonLead + `"}`,
			[]article{{"", jsonLead}}, true},
		{"and so does an article's element of text, a heading's without a period",
			`{"title":"الوقود","blocks":[{"type":"text","text":"` + jsonLead + `"},{"type":"text","text":"ردود الفعل"},{"type":"text","text":"` + jsonSecond + `"}]}`,
			[]article{{"الوقود", jsonLead + "\n\nردود الفعل\n\n" + jsonSecond}}, true},
		{"and a record's, in a list of records",
			`[{"blocks":[{"type":"text","text":"ردود الفعل"},{"type":"text","text":"` + jsonSecond + `"}]},{"blocks":[{"type":"text","text":"` + jsonOther + `"}]}]`,
			[]article{{"", "ردود الفعل\n\n" + jsonSecond}, {"", jsonOther}}, true},
		{"and a record's, in a list of records under a key",
			`{"data":[{"id":1,"date":"2024-03-12","blocks":[{"type":"text","text":"ردود الفعل"},{"type":"text","text":"` + jsonSecond + `"}]},{"id":2,"date":"2024-03-13","blocks":[{"type":"text","text":"` + jsonOther + `"}]}]}`,
			[]article{{"", "ردود الفعل\n\n" + jsonSecond}, {"", jsonOther}}, true},
		{"a list of runs of text is a list of records",
			`[{"type":"text","text":"` + jsonLead + `"},{"type":"text","text":"` + jsonOther + `"}]`,
			[]article{{"", jsonLead}, {"", jsonOther}}, true},
		{"a document that is one run of text",
			`{"type":"text","text":"` + jsonLead + `"}`,
			[]article{{"", jsonLead}}, true},
		{"fields in two languages, as translatable fields store them: the Arabic, though the English has more words",
			`{"id":5,"title":{"ar":"الوقود","en":"Fuel"},"body":{"en":"` + jsonBodyEn + `","ar":"` + jsonLead + ` ` + jsonSecond + `"}}`,
			[]article{{"الوقود", jsonLead + " " + jsonSecond}}, true},
		{"languages with their regions, Sanity's type beside them",
			`{"title":{"_type":"localeString","en-US":"Fuel","ar-SA":"الوقود"},"body":{"_type":"localeText","en_US":"` + jsonBodyEn + `","ar_SA":"` + jsonLead + `"}}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"a localized rich-text body, Payload's: the Arabic document's runs",
			`{"title":{"ar":"الوقود","en":"Fuel"},"content":{"en":{"root":{"children":[{"type":"paragraph","children":[{"type":"text","text":"` + jsonBodyEn + `"}]}]}},` +
				`"ar":{"root":{"children":[{"type":"paragraph","children":[{"type":"text","text":"` + jsonRun1 + `"},{"type":"text","text":"` + jsonRun2 + jsonRun3 + `"}]}]}}}}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"a title in Arabic alone, as a site of one language stores it, is still the title",
			`{"title":{"ar":"الوقود"},"body":{"ar":"` + jsonLead + `"}}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"an Arabic field left empty gives the other language's, as the site shows it",
			`{"title":{"ar":"","en":"Fuel"},"body":{"ar":"","en":"` + jsonLeadEn + `"}}`,
			[]article{{"Fuel", jsonLeadEn}}, true},
		{"and so does an Arabic field left an empty list",
			`{"title":"Fuel","body":{"ar":[],"en":"` + jsonLeadEn + `"}}`,
			[]article{{"Fuel", jsonLeadEn}}, true},
		{"languages by their three letters, ISO 639-2's",
			`{"title":{"eng":"Fuel","ara":"الوقود"},"body":{"eng":"` + jsonBodyEn + `","ara":"` + jsonLead + `"}}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"fields in languages by their names: the Arabic, in any case",
			`{"title":{"arabic":"الوقود","english":"Fuel"},"body":{"English":"` + jsonBodyEn + `","Arabic":"` + jsonLead + `"}}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"and by their names in Arabic, with hamza or without",
			`{"title":{"العربية":"الوقود","الإنجليزية":"Fuel"},"body":{"الانجليزية":"` + jsonBodyEn + `","العربيه":"` + jsonLead + `"}}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"a member named for a language where none is named for Arabic is read as before",
			`{"title":"Fuel","english":"` + jsonBodyEn + `","french":"` + jsonOtherFr + `"}`,
			[]article{{"Fuel", jsonBodyEn}}, true},
		{"and so is one named for Arabic that holds no text",
			`{"title":"Fuel","arabic":"","english":"` + jsonBodyEn + `"}`,
			[]article{{"Fuel", jsonBodyEn}}, true},
		{"and a member that is no language is read as before",
			`{"ar":"نص قصير","en":"` + jsonBodyEn + `","summary":"` + jsonLead + `"}`,
			[]article{{"", jsonLead}}, true},
		{"a field in languages with a member that is no language beside them",
			`{"slug":"fuel","ar":"` + jsonLead + `","en":"` + jsonBodyEn + `"}`,
			[]article{{"", jsonLead}}, true},
		{"a list of translations, as Directus gives them: the Arabic one",
			`{"id":5,"translations":[{"id":9,"languages_code":"en-US","title":"Fuel","content":"` + jsonBodyEn + `"},{"id":10,"languages_code":"ar-SA","title":"الوقود","content":"` + jsonLead + `"}]}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"a list of translations that name their language: the Arabic one",
			`{"id":5,"translations":[{"language":"English","title":"Fuel","content":"` + jsonBodyEn + `"},{"language":"Arabic","title":"الوقود","content":"` + jsonLead + `"}]}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"and in Arabic",
			`{"id":5,"translations":[{"lang":"الإنجليزية","title":"Fuel","content":"` + jsonBodyEn + `"},{"lang":"العربية","title":"الوقود","content":"` + jsonLead + `"}]}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"Sanity's internationalized array: the Arabic value",
			`{"title":[{"_key":"en","value":"Fuel"},{"_key":"ar","value":"الوقود"}],"body":[{"_key":"en","value":"` + jsonBodyEn + `"},{"_key":"ar","value":"` + jsonLead + `"}]}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"a list of stories in other languages, none in Arabic, is each read",
			`[{"lang":"en","title":"Fuel","text":"` + jsonLeadEn + `"},{"lang":"fr","title":"Carburant","text":"Le gouvernement a relevé le prix du carburant."}]`,
			[]article{{"Fuel", jsonLeadEn}, {"Carburant", "Le gouvernement a relevé le prix du carburant."}}, true},
		{"a document's list of stories, in Arabic and in English, is each read",
			`[{"lang":"ar","title":"الوقود","text":"` + jsonLead + `"},{"lang":"en","title":"Fuel","text":"` + jsonLeadEn + `"}]`,
			[]article{{"الوقود", jsonLead}, {"Fuel", jsonLeadEn}}, true},
		{"and so is an API's list of records, each in its language",
			`{"data":[{"id":1,"date":"2024-03-12","lang":"ar","text":"` + jsonLead + `"},{"id":2,"date":"2024-03-12","lang":"en","text":"` + jsonLeadEn + `"}]}`,
			[]article{{"", jsonLead}, {"", jsonLeadEn}}, true},
		{"but records under a key that says they are translations are one story's",
			`{"id":5,"localizations":[{"id":9,"publishedAt":"2024-03-12","locale":"en","text":"` + jsonBodyEn + `"},{"id":10,"publishedAt":"2024-03-12","locale":"ar","text":"` + jsonLead + `"}]}`,
			[]article{{"", jsonLead}}, true},
		{"Strapi's entries with their localizations: each story once, in Arabic where it has Arabic", strapi4,
			[]article{{"الوقود", jsonLead}, {"المعرض", jsonOther}}, true},
		{"and so in Strapi 5's", strapi5, []article{{"الوقود", jsonLead}, {"المعرض", jsonOther}}, true},
		{"and without their dates, where the entries are no records: the second read in Arabic is no translation of the first",
			strings.NewReplacer(`,"publishedAt":"2024-03-12"`, "", `,"publishedAt":"2024-03-13"`, "").Replace(strapi5),
			[]article{{"الوقود", jsonLead}, {"المعرض", jsonOther}}, true},
		{"an entry and its localizations, none in Arabic: the entry",
			`{"data":[{"id":3,"documentId":"d2","title":"Book fair","content":"` + jsonOtherEn + `","locale":"en","localizations":[{"id":5,"documentId":"d2","title":"Salon du livre","content":"` + jsonOtherFr + `","locale":"fr"}]}]}`,
			[]article{{"Book fair", jsonOtherEn}}, true},
		{"an entry in English with its French and its Arabic: the Arabic",
			`{"data":[{"id":3,"documentId":"d2","title":"Book fair","content":"` + jsonOtherEn + `","locale":"en","publishedAt":"2024-03-13","localizations":[` +
				`{"id":5,"documentId":"d2","title":"Salon du livre","content":"` + jsonOtherFr + `","locale":"fr","publishedAt":"2024-03-13"},` +
				`{"id":4,"documentId":"d2","title":"المعرض","content":"` + jsonOther + `","locale":"ar","publishedAt":"2024-03-13"}]}]}`,
			[]article{{"المعرض", jsonOther}}, true},
		{"an entry in Arabic with its localization in another Arabic: the entry",
			`{"data":[{"id":1,"title":"الوقود","content":"` + jsonLead + `","locale":"ar","publishedAt":"2024-03-12","localizations":[{"id":6,"title":"البنزين","content":"` + jsonSecond + `","locale":"ar-EG","publishedAt":"2024-03-12"}]}]}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"an entry in English with two in Arabic: the first, in an API's PascalCase too",
			`{"Data":[{"Id":3,"Title":"Book fair","Content":"` + jsonOtherEn + `","Locale":"en","PublishedAt":"2024-03-13","Localizations":[` +
				`{"Id":4,"Title":"المعرض","Content":"` + jsonOther + `","Locale":"ar-EG","PublishedAt":"2024-03-13"},{"Id":7,"Title":"الوقود","Content":"` + jsonLead + `","Locale":"ar-SA","PublishedAt":"2024-03-13"}]}]}`,
			[]article{{"المعرض", jsonOther}}, true},
		{"but not an Arabic localization that Strapi gave without its text",
			`{"data":[{"id":3,"documentId":"d2","title":"Book fair","content":"` + jsonOtherEn + `","locale":"en","publishedAt":"2024-03-13","localizations":[{"id":4,"documentId":"d2","slug":"book-fair","locale":"ar"}]}]}`,
			[]article{{"Book fair", jsonOtherEn}}, true},
		{"one entry, as Strapi gives one by its id, in English with its Arabic: the Arabic",
			`{"data":{"id":3,"attributes":{"title":"Book fair","content":"` + jsonOtherEn + `","locale":"en","localizations":{"data":[{"id":4,"attributes":{"title":"المعرض","content":"` + jsonOther + `","locale":"ar"}}]}}},"meta":{}}`,
			[]article{{"المعرض", jsonOther}}, true},
		{"translations whose bodies are a rich-text editor's: the Arabic runs",
			`{"translations":[{"languages_code":"en","title":"Fuel","body":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonBodyEn + `"}]}]}},` +
				`{"languages_code":"ar","title":"الوقود","body":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonRun1 + `"},{"type":"text","text":"` + jsonRun2 + jsonRun3 + `"}]}]}}]}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"fields named with a language's suffix, as django-modeltranslation names them: the Arabic, not the active language's copy",
			`{"id":5,"title":"Fuel","title_en":"Fuel","title_ar":"الوقود","body":"` + jsonBodyEn + `","body_en":"` + jsonBodyEn + `","body_ar":"` + jsonLead + `"}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"and in camel case",
			`{"titleEn":"Fuel","titleAr":"الوقود","contentEn":"` + jsonBodyEn + `","contentAr":"` + jsonLead + `"}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"and in kebab case",
			`{"title-en":"Fuel","title-ar":"الوقود","body-en":"` + jsonBodyEn + `","body-ar":"` + jsonLead + `"}`,
			[]article{{"الوقود", jsonLead}}, true},
		{"an Arabic field with its suffix left empty gives the other language's",
			`{"title_ar":"","title_en":"Fuel","body_ar":"","body_en":"` + jsonLeadEn + `"}`,
			[]article{{"", jsonLeadEn}}, true},
		{"a suffix without its Arabic field is no language's",
			`{"title":"الوقود","body_raw":"` + jsonLead + ` ` + jsonSecond + `","body_en":"` + jsonLeadEn + `"}`,
			[]article{{"الوقود", jsonLead + " " + jsonSecond}}, true},
		{"a list's items and a quotation, nested in the document, are its paragraphs in their place",
			`{"title":"الوقود","body":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonLead + `"}]},` +
				`{"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"البند الأول"}]}]},{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"البند "},{"type":"text","marks":[{"type":"bold"}],"text":"الثاني"}]}]}]},` +
				`{"type":"blockquote","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonSecond + `"}]}]},` +
				`{"type":"paragraph","content":[{"type":"text","text":"` + jsonOther + `"}]}]}}`,
			[]article{{"الوقود", jsonLead + "\n\nالبند الأول\n\nالبند الثاني\n\n" + jsonSecond + "\n\n" + jsonOther}}, true},
		{"and so when a list's item is the longest paragraph",
			`{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"تمهيد قصير."}]},{"type":"orderedList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonLead + ` ` + jsonSecond + `"}]}]}]}]}`,
			[]article{{"", "تمهيد قصير.\n\n" + jsonLead + " " + jsonSecond}}, true},
		{"Contentful's list and quotation",
			`{"nodeType":"document","content":[{"nodeType":"paragraph","content":[{"nodeType":"text","value":"` + jsonLead + `"}]},{"nodeType":"unordered-list","content":[{"nodeType":"list-item","content":[{"nodeType":"paragraph","content":[{"nodeType":"text","value":"البند الأول"}]}]}]},` +
				`{"nodeType":"table","content":[{"nodeType":"table-row","content":[{"nodeType":"table-cell","content":[{"nodeType":"paragraph","content":[{"nodeType":"text","value":"خلية"}]}]}]}]},` +
				`{"nodeType":"blockquote","content":[{"nodeType":"paragraph","content":[{"nodeType":"text","value":"` + jsonSecond + `"}]}]}]}`,
			[]article{{"", jsonLead + "\n\nالبند الأول\n\n" + jsonSecond}}, true},
		{"posts each with a document of its own: each its paragraphs, a quotation's among them",
			`{"posts":[{"title":"الوقود","body":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonLead + `"}]},{"type":"blockquote","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonSecond + `"}]}]}]}},` +
				`{"title":"المعرض","body":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonOther + `"}]}]}}]}`,
			[]article{{"الوقود", jsonLead + "\n\n" + jsonSecond}, {"المعرض", jsonOther}}, true},
		{"Lexical's list, its items runs of their own",
			`{"root":{"type":"root","children":[{"type":"paragraph","children":[{"type":"text","text":"` + jsonLead + `"}]},{"type":"list","listType":"bullet","children":[{"type":"listitem","children":[{"type":"text","text":"البند الأول"}]},{"type":"listitem","children":[{"type":"text","text":"البند الثاني"}]}]},{"type":"quote","children":[{"type":"text","text":"` + jsonSecond + `"}]}]}}`,
			[]article{{"", jsonLead + "\n\nالبند الأول\n\nالبند الثاني\n\n" + jsonSecond}}, true},
		{"Plate's list (Slate's), an item's content under it",
			`{"title":"الوقود","content":[{"type":"p","children":[{"text":"` + jsonLead + `"}]},{"type":"ul","children":[{"type":"li","children":[{"type":"lic","children":[{"text":"البند الأول"}]}]}]},{"type":"p","children":[{"text":"` + jsonSecond + `"}]}]}`,
			[]article{{"الوقود", jsonLead + "\n\nالبند الأول\n\n" + jsonSecond}}, true},
		{"but not Plate's table",
			`{"title":"الوقود","content":[{"type":"p","children":[{"text":"` + jsonLead + `"}]},{"type":"table","children":[{"type":"tr","children":[{"type":"td","children":[{"type":"p","children":[{"text":"خلية"}]}]}]}]},{"type":"p","children":[{"text":"` + jsonSecond + `"}]}]}`,
			[]article{{"الوقود", jsonLead + "\n\n" + jsonSecond}}, true},
		{"nor a table's cell, though it is the longest",
			`{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonSecond + `"}]},{"type":"table","content":[{"type":"tableRow","content":[{"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonLead + ` ` + jsonOther + `"}]}]}]}]}]}`,
			[]article{{"", jsonSecond}}, true},
		{"but a document that is a table alone is its cells",
			`{"type":"doc","content":[{"type":"table","content":[{"type":"tableRow","content":[{"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonLead + `"}]}]},{"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonSecond + `"}]}]}]}]}]}`,
			[]article{{"", jsonLead + "\n\n" + jsonSecond}}, true},
		{"nor another document beside the body, a post's excerpt",
			`{"title":"الوقود","excerpt":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"مقتطف"}]}]},"body":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonLead + `"}]},{"type":"blockquote","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonSecond + `"}]}]}]}}`,
			[]article{{"الوقود", jsonLead + "\n\n" + jsonSecond}}, true},
		{"nor a list of posts' other documents, each post's body its own",
			`{"posts":[{"title":"الوقود","content":[{"type":"p","children":[{"text":"` + jsonLead + `"}]},{"type":"blockquote","children":[{"type":"p","children":[{"text":"` + jsonSecond + `"}]}]}],"summary":[{"type":"p","children":[{"text":"ملخص"}]}]},` +
				`{"title":"المعرض","content":[{"type":"p","children":[{"text":"` + jsonOther + `"}]}],"summary":[{"type":"p","children":[{"text":"ملخص"}]}]}]}`,
			[]article{{"الوقود", jsonLead + "\n\n" + jsonSecond}, {"المعرض", jsonOther}}, true},
		{"the runs of a table's cells, deeper than the paragraphs, are not the text",
			`{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"` + jsonRun1 + `"},{"type":"text","text":"` + jsonRun2 + jsonRun3 + `"}]},{"type":"table","content":[{"type":"tableRow","content":[{"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"خلية"}]}]}]}]},{"type":"paragraph","content":[{"type":"text","text":"` + jsonSecond + `"}]}]}`,
			[]article{{"", jsonLead + "\n\n" + jsonSecond}}, true},
		{"and runs that each end a sentence, with no blank between them",
			`{"title":"الوقود","sections":[{"blocks":[{"type":"text","text":"` + jsonLead + `"},{"type":"text","text":"` + jsonSecond + `"}]}]}`,
			[]article{{"الوقود", jsonLead + "\n\n" + jsonSecond}}, true},
		{"a list of strings without a title",
			`["` + jsonLead + `", "` + jsonSecond + `"]`,
			[]article{{"", jsonLead + "\n\n" + jsonSecond}}, true},
		{"keys in Arabic, a byte order mark and the document pretty-printed",
			"\ufeff{\n  \"العنوان\": \"الوقود\",\n  \"النص\": \"" + jsonLead + "\"\n}\n",
			[]article{{"الوقود", jsonLead}}, true},
		{"an image's data in base64 is one word, not the article",
			`{"title":"الوقود","image":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg","text":"` + jsonOther + `"}`,
			[]article{{"الوقود", jsonOther}}, true},
		{"a title that is the text itself is no title",
			`{"title":"` + jsonLead + `","id":3}`,
			[]article{{"", jsonLead}}, true},
		{"nor is a title that is the text in a paragraph's tags",
			`{"content":"<p>` + jsonLead + `</p>","title":"` + jsonLead + `"}`,
			[]article{{"", "<p>" + jsonLead + "</p>"}}, true},
		{"JSON Lines: each record's article, in order",
			`{"id":"1","title":"الوقود","text":"` + jsonLead + `"}` + "\n\n" + `{"id":"2","text":"` + jsonOther + `"}` + "\r\n",
			[]article{{"الوقود", jsonLead}, {"", jsonOther}}, true},
		{"a document a download cut off: the strings before the cut",
			`{"title":"الوقود","text":"` + jsonLead + `","more":"` + jsonSecond,
			[]article{{"الوقود", jsonLead}}, true},
		{"JSON Lines whose last line a download cut off",
			`{"text":"` + jsonLead + `"}` + "\n" + `{"text":"` + jsonOther + `"}` + "\n" + `{"text":"مقطو`,
			[]article{{"", jsonLead}, {"", jsonOther}}, true},
		{"documents one after another, each pretty-printed, as jq prints a list's items",
			"{\n  \"title\": \"الوقود\",\n  \"text\": \"" + jsonLead + "\"\n}\n{\n  \"title\": \"المعرض\",\n  \"text\": \"" + jsonOther + "\"\n}\n",
			[]article{{"الوقود", jsonLead}, {"المعرض", jsonOther}}, true},
		{"documents one after another with nothing between them",
			`{"text":"` + jsonLead + `"}[{"text":"` + jsonOther + `"}]`,
			[]article{{"", jsonLead}, {"", jsonOther}}, true},
		{"documents one after another, the last cut off in a download",
			"{\n  \"text\": \"" + jsonLead + "\"\n}\n{\n  \"text\": \"" + jsonOther + "\",\n  \"more\": \"مقطو",
			[]article{{"", jsonLead}, {"", jsonOther}}, true},
		{"JSON without words holds no article", `{"id": 1, "ok": true, "sizes": [1, 2.5], "tags": [], "x": null, "y": "<br>"}`, nil, true},
		{"an empty list", " [ ] ", nil, true},
		{"prose is no JSON", jsonLead, nil, false},
		{"nor a Markdown link at the text's start", "[الوقود](https://example.com) " + jsonLead, nil, false},
		{"nor a tag in brackets", "[تحديث] " + jsonLead, nil, false},
		{"nor a wiki's template", "{{مرجع|الوقود}} " + jsonLead, nil, false},
		{"nor a JSON string or number alone", `"` + jsonLead + `"`, nil, false},
		{"nor JSON followed by prose", `{"title":"الوقود"}` + "\n" + jsonLead, nil, false},
		{"nor documents one after another that prose follows",
			"{\n  \"text\": \"" + jsonLead + "\"\n}\n{\n  \"text\": \"" + jsonOther + "\"\n}\n" + jsonSecond, nil, false},
		{"nor a document that a number follows", `{"text":"` + jsonLead + `"} 7`, nil, false},
		{"nor a bracket that prose follows", "[\n" + jsonLead + "\n]", nil, false},
		{"nor YouTube's json3, which are subtitles",
			`{"wireMagic":"pb3","events":[{"tStartMs":0,"segs":[{"utf8":"` + jsonLead + `"}]}]}`, nil, false},
		{"nor a transcript's JSON, which is subtitles too",
			`[{"text":"` + jsonLead + `","start":0.0,"duration":2.5}]`, nil, false},
		{"nor the empty text", "", nil, false},
		{"WikiExtractor's --json records: a section's title, with a period after it, a heading",
			`{"id": "7", "revid": "1", "url": "https://ar.wikipedia.org/wiki?curid=7", "title": "الوقود", "text": "` + jsonLead + `\nالتاريخ.\n` + jsonSecond + `"}`,
			[]article{{"الوقود", jsonLead + "\n## التاريخ.\n" + jsonSecond}}, true},
		{"but not another record's",
			`{"id": "7", "url": "https://example.com/?p=7", "title": "الوقود", "text": "` + jsonLead + `\nالتاريخ.\n` + jsonSecond + `"}`,
			[]article{{"الوقود", jsonLead + "\nالتاريخ.\n" + jsonSecond}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			assert.Equal(t, tt.ok, ok, "read as JSON")
			assert.Equal(t, tt.want, titledTexts(got), "%+q", got)
			assert.Equal(t, tt.ok, tokenize.IsJSON(tt.text), "IsJSON agrees")
		})
	}
}

// An article's language is what the object above its text says it is in,
// as it says it, so that -language keeps a site's Arabic stories.
func TestJSONArticleLanguages(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // each article's Language
	}{
		{"a list of stories, each saying its own",
			`{"data":[{"id":1,"date":"2024-03-12","lang":"ar","text":"` + jsonLead + `"},{"id":2,"date":"2024-03-12","locale":"en-US","text":"` + jsonLeadEn + `"}]}`,
			[]string{"ar", "en-US"}},
		{"JSON Lines, a record a line", `{"language":"ar","text":"` + jsonLead + `"}` + "\n" + `{"text":"` + jsonOther + `"}`, []string{"ar", ""}},
		{"the Arabic translation's, of a list of translations",
			`{"id":5,"translations":[{"languages_code":"en-US","title":"Fuel","content":"` + jsonBodyEn + `"},{"languages_code":"ar-SA","title":"الوقود","content":"` + jsonLead + `"}]}`,
			[]string{"ar-SA"}},
		{"the Arabic value's, of Sanity's internationalized array",
			`{"title":[{"_key":"en","value":"Fuel"},{"_key":"ar","value":"الوقود"}],"body":[{"_key":"en","value":"` + jsonBodyEn + `"},{"_key":"ar","value":"` + jsonLead + `"}]}`,
			[]string{"ar"}},
		{"an Arc XP story's, above its content elements",
			`{"_id":"S1","language":"ar","headlines":{"basic":"الوقود"},"content_elements":[{"_id":"A","type":"text","content":"` + jsonLead + `"},{"_id":"B","type":"text","content":"` + jsonSecond + `"}]}`,
			[]string{"ar"}},
		{"not a part's below the story's",
			`{"title":"الوقود","lang":"ar","paragraphs":[{"lang":"en","text":"` + jsonLead + `"},{"lang":"en","text":"` + jsonSecond + `"}]}`,
			[]string{"ar"}},
		{"nor a page's around its stories",
			`{"lang":"ar","posts":[{"title":"الوقود","text":"` + jsonLead + `"},{"title":"المعرض","lang":"ar-EG","text":"` + jsonOther + `"}]}`,
			[]string{"", "ar-EG"}},
		{"of Strapi's entries, the Arabic entry's or localization's", strapi4, []string{"ar", "ar"}},
		{"and of Strapi 5's", strapi5, []string{"ar", "ar"}},
		{"the member that names one, past others", `{"source":"bbc","language":"default","locale":"ar","title":"الوقود","text":"` + jsonLead + `"}`, []string{"ar"}},
		{"nor what names no language", `{"lang":"default","title":"الوقود","text":"` + jsonLead + `"}`, []string{""}},
		{"a language's name as its ISO 639-3 code, as a news API names it",
			`{"status":"success","results":[{"article_id":"a1","link":"https://example.com/1","pubDate":"2024-03-12","language":"arabic","title":"الوقود","content":"` + jsonLead + `"},` +
				`{"article_id":"a2","link":"https://example.com/2","pubDate":"2024-03-12","language":"English","title":"Fuel","content":"` + jsonLeadEn + `"},` +
				`{"article_id":"a3","link":"https://example.com/3","pubDate":"2024-03-12","language":"Persian","title":"سوخت","content":"` + jsonOther + `"}]}`,
			[]string{"ara", "eng", "fas"}},
		{"and its name in Arabic", `{"lang":"العربية","title":"الوقود","text":"` + jsonLead + `"}`, []string{"ara"}},
		{"with blanks around it", `{"lang":" Arabic ","title":"الوقود","text":"` + jsonLead + `"}`, []string{"ara"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			require.True(t, ok)
			assert.Equal(t, tt.want, fieldOf(got, func(a tokenize.Article) string { return a.Language }))
		})
	}
}

func FuzzJSONArticles(f *testing.F) {
	for _, s := range []string{
		"", "{}", "[]", "[[[[", `{"title":"ع","text":"نص طويل."}`, `{"title":{"rendered":"ع"},"content":{"rendered":"<p>نص</p>"}}`,
		"{\"a\":\"نص\"}\n{\"a\":\"آخر\"}\n{\"a", `[{"title":"ع","text":"نص"},{"title":"ع","text":"نص"}]`,
		`{"title":"نص","title":"نص آخر","text":["نص","<b>","&amp; نص"]}`, "\ufeff[\"\\u0646\\ud800\"]",
		"{\n \"a\": \"نص\"\n}\n[\n \"آخر\"\n]{\"a", `{"a":"نص"} 1`,
		`{"wireMagic":"pb3"}`, `[{"text":"","start":0,"duration":1}]`, "[1, 2, {\"x\": [\"<a\", \"b>\"]}]",
		"\"title\",\"text\"\n\"ع\",\"نص طويل.\"\n", // a table in CSV, not JSON
		// Runs of text, as rich-text editors keep paragraphs.
		`{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"نص "},{"type":"text","marks":[{"type":"bold"}],"text":"طويل."}]},{"type":"heading","content":[{"type":"text","text":"عنوان"}]}]}`,
		`{"nodeType":"document","content":[{"nodeType":"paragraph","content":[{"nodeType":"text","value":"نص "},{"nodeType":"hyperlink","content":[{"nodeType":"text","value":"طويل"}]}]}]}`,
		`[{"_type":"block","children":[{"_type":"span","text":"نص"},{"_type":"span","text":" آخر."}]}]`,
		`{"content":[{"type":"p","children":[{"text":"نص "},{"text":"طويل.","bold":true},{"type":"a","children":[{"text":"آخر"}]}]}]}`,
		// Fields in languages, as bilingual sites keep them.
		`{"id":5,"title":{"ar":"ع","en":"t"},"body":{"_type":"x","en-US":"more words here","ar_SA":"نص طويل."}}`,
		`{"translations":[{"languages_code":"en","title":"t","content":"more words"},{"languages_code":"ar","title":"ع","content":"نص"}]}`,
		`{"title":"t","title_ar":"ع","titleEn":"t","body_en":"more words","bodyAr":"نص","body":"more words"}`,
		`{"title":[{"_key":"en","value":"t"},{"_key":"ar","value":"ع"}],"body":[{"_key":"ar","value":"نص"},{"_key":"fr","value":"mots"}]}`,
		// Entries with their localizations, as Strapi gives them.
		`{"data":[{"id":1,"attributes":{"title":"t","body":"more words","locale":"en","localizations":{"data":[{"id":2,"attributes":{"title":"ع","body":"نص","locale":"ar"}}]}}}]}`,
		`{"data":[{"id":1,"title":"ع","body":"نص","locale":"ar","localizations":[{"id":2,"title":"t","body":"more words","locale":"en"}]},{"id":3,"body":"x y","localizations":[]}]}`,
		// Languages by their names, as keys and as values.
		`{"title":{"Arabic":"ع","english":"t"},"body":{"العربية":"نص","الإنجليزية":"more words"},"x":[{"language":" Farsi ","text":"y"},{"lang":"arabic","text":"ن"}]}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, ok := tokenize.Articles(text)
		again, _ := tokenize.Articles(text)
		assert.Equal(t, got, again, "same input, same output")
		assert.Equal(t, ok, tokenize.IsJSON(text) || tokenize.IsCSV(text), "IsJSON agrees (or IsCSV, of a table)")
		if !ok {
			assert.Empty(t, got)
			return
		}
		_, subtitles := tokenize.Subtitles(text)
		assert.False(t, subtitles, "subtitles are read as subtitles")
		for _, a := range got {
			assert.True(t, strings.ContainsFunc(a.Text, unicode.IsLetter), "an article has words: %+q", a.Text)
			assert.NotEqual(t, a.Title, a.Text)
			assert.Equal(t, strings.Join(strings.Fields(a.Title), " "), a.Title, "a title is one line")
			if utf8.ValidString(text) {
				assert.True(t, utf8.ValidString(a.Text) && utf8.ValidString(a.Title))
			}
		}
	})
}

func ExampleArticles_json() {
	post := `{"id": 7, "title": {"rendered": "الوقود"}, "content": {"rendered": "<p>رفعت الحكومة أسعار الوقود.<\/p>"}}`
	articles, ok := tokenize.Articles(post)
	fmt.Println(ok, len(articles))
	fmt.Println(articles[0].Title)
	fmt.Println(articles[0].Text)
	// Output:
	// true 1
	// الوقود
	// <p>رفعت الحكومة أسعار الوقود.</p>
}

func TestJSONArticlesLongDocument(t *testing.T) {
	// A feed of many posts is read in one pass: each article comes back.
	var b strings.Builder
	b.WriteString(`{"posts":[`)
	const n = 2000
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":%d,"title":"عنوان %d","body":"%s %s"}`, i, i, jsonLead, jsonSecond)
	}
	b.WriteString(`]}`)
	got, ok := tokenize.Articles(b.String())
	require.True(t, ok)
	require.Len(t, got, n)
	assert.Equal(t, tokenize.Article{Title: "عنوان 1999", Text: jsonLead + " " + jsonSecond, ID: "1999"}, got[n-1])
}

func TestJSONArticlesHostile(t *testing.T) {
	// Each shape gives its articles. The first row guards the cache of an
	// object's headlines: without it, a walk across the members for each
	// string ran past a 30 s timeout. The deep row does not guard the walk
	// up the document, whose cache it needs less than it seems: JSON stops
	// at 10,000 levels, and without that cache the row took 7.6 s, not
	// minutes; it is kept as a shape to read.
	const words = "نص الخبر هنا"
	// Translations nested 9,000 deep, the other language's the deep one,
	// a list of 100,000 strings at its bottom: marked once, not once a
	// level (a walk of each level's would take some 900 million steps).
	deepTranslations := strings.Repeat(`{"ar":"`+words+`","en":`, 9000) + `[` + strings.Repeat(`"words here",`, 100_000) + `"words"]` + strings.Repeat(`}`, 9000)
	deep := strings.Repeat(`{"a":`, 9000) + `[` + strings.Repeat(`"`+words+`",`, 100_000) + `"` + words + `"]` + strings.Repeat(`}`, 9000)
	tests := []struct {
		name     string
		text     string
		articles int
	}{
		{"an object of 200,000 members of one key", `{"title":"ع",` + strings.Repeat(`"t":"`+words+`",`, 200_000) + `"t":"` + words + `"}`, 1},
		{"an object of 200,000 headlines", `{"text":"` + words + ` وأكثر"` + strings.Repeat(`,"title":"ع"`, 200_000) + `}`, 1},
		{"100,000 paragraphs 9,000 objects deep", deep, 1},
		{"200,000 posts with their titles", `[` + strings.Repeat(`{"title":"ع","text":"`+words+`"},`, 200_000) + `{"title":"ع","text":"` + words + `"}]`, 200_001},
		{"200,000 lines of JSON Lines", strings.Repeat(`{"text":"`+words+`"}`+"\n", 200_000), 200_000},
		{"200,000 documents one after another", strings.Repeat(`{"text":"`+words+`"}`, 200_000), 200_000},
		{"200,000 documents one after another, then a word", strings.Repeat(`{"text":"`+words+`"}`+"\n", 200_000) + "نص", 0},
		{"200,000 untitled records under a key, each with an id and a date", `{"data":[` + strings.Repeat(`{"id":1,"date":"2024","text":"`+words+`"},`, 200_000) + `{"id":1,"date":"2024","text":"` + words + `"}]}`, 200_001},
		{"a paragraph of 200,000 runs of text", `{"type":"doc","content":[{"type":"paragraph","content":[` + strings.Repeat(`{"type":"text","text":"`+words+` "},`, 200_000) + `{"type":"text","text":"` + words + `"}]}]}`, 1},
		{"200,000 paragraphs of a run each", `{"type":"doc","content":[` + strings.Repeat(`{"type":"paragraph","content":[{"type":"text","text":"`+words+`"}]},`, 200_000) + `{"type":"paragraph","content":[{"type":"text","text":"` + words + `"}]}]}`, 1},
		{"lists nested 2,000 deep, a paragraph at each depth", `{"type":"doc","content":[` + strings.Repeat(`{"type":"paragraph","content":[{"type":"text","text":"`+words+`"}]},{"type":"bulletList","content":[{"type":"listItem","content":[`, 2000) + `{"type":"paragraph","content":[{"type":"text","text":"` + words + `"}]}` + strings.Repeat(`]}]}`, 2000) + `]}`, 1},
		{"runs in links 4,000 deep, a run at each depth", `{"type":"doc","content":[{"type":"paragraph","content":[` + strings.Repeat(`{"type":"text","text":"`+words+` "},{"type":"link","content":[`, 4000) + `{"type":"text","text":"` + words + `"}` + strings.Repeat(`]}`, 4000) + `]}]}`, 1},
		{"200,000 stories with fields in two languages", `{"data":[` + strings.Repeat(`{"title":{"ar":"ع","en":"t"},"text":{"ar":"`+words+`","en":"more words in english"}},`, 200_000) + `{"title":{"ar":"ع","en":"t"},"text":{"ar":"` + words + `","en":"more words"}}]}`, 200_001},
		{"a list of 200,000 translations, one Arabic", `{"translations":[` + strings.Repeat(`{"lang":"en","text":"more words in english"},`, 200_000) + `{"lang":"ar","text":"` + words + `"}]}`, 1},
		{"translations 9,000 deep, 100,000 strings in the other language at the bottom", deepTranslations, 1},
		{"a string of 1,000,000 tags that never close", `{"text":"` + strings.Repeat("<a", 1_000_000) + ` نص"}`, 1},
		{"a list 20,000 deep, past what a JSON reader takes", strings.Repeat("[", 20_000) + strings.Repeat("]", 20_000), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			assert.Equal(t, tt.articles > 0, ok)
			assert.Len(t, got, tt.articles)
		})
	}
}
