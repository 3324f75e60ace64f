package evaluate_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
	"github.com/talkhis/talkhis/tokenize"
)

// corpora is where the development corpora sit, beside the repository.
const corpora = "../../../shared/corpora"

// devCorpus reads a development corpus, and skips the test when it is
// absent.
func devCorpus(t *testing.T, name string) []evaluate.Document {
	t.Helper()
	path := filepath.Join(corpora, name)
	docs, bad, err := evaluate.ReadCorpusFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s is absent: the dev corpora live in ../shared beside the repository", path)
	}
	require.NoError(t, err)
	require.Empty(t, bad)
	return docs
}

// TestQualityGuard keeps the default Summarizer at or above the figures
// measured when they were last raised (the README's results table), less
// 0.3 for harmless drift. Raise them when quality improves.
func TestQualityGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("quality guard runs the dev corpora; skipped in -short mode")
	}
	tests := []struct {
		corpus     string
		task       evaluate.Task
		r1, r2, rl float64
	}{
		{"ant-bbc-dev.jsonl", evaluate.TaskA, 60.96, 49.21, 58.18},
		{"ant-bbc-dev.jsonl", evaluate.TaskB, 60.66, 48.84, 57.89},
		{"easc-dev.jsonl", evaluate.TaskB, 51.58, 43.63, 47.49},
	}
	for _, tt := range tests {
		t.Run(tt.corpus+" task "+tt.task.String(), func(t *testing.T) {
			docs := devCorpus(t, tt.corpus)
			systems, err := evaluate.SelectSystems(evaluate.Systems(), "default")
			require.NoError(t, err)
			rows, err := evaluate.Run(context.Background(), docs, systems, evaluate.Options{Task: tt.task})
			require.NoError(t, err)
			got := rows[0]
			t.Logf("%s task %v: R1 %.2f R2 %.2f RL %.2f", tt.corpus, tt.task, got.R1, got.R2, got.RL)
			assert.GreaterOrEqual(t, got.R1, tt.r1-0.3, "R1")
			assert.GreaterOrEqual(t, got.R2, tt.r2-0.3, "R2")
			assert.GreaterOrEqual(t, got.RL, tt.rl-0.3, "RL")
		})
	}
}

// TestAgainstLeadGuard keeps what the README claims of the default against
// Lead, document by document with the paired 95% interval: equal to the
// first sentence on news (Task A) and above Lead in news paragraphs (Task
// B); on EASC's paragraphs not below Lead, and above an annotator scored
// against the other annotators.
func TestAgainstLeadGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard runs the dev corpora; skipped in -short mode")
	}
	tests := []struct {
		name   string
		corpus string
		task   evaluate.Task
		base   string // a system, or "annotator"
		holds  func(d evaluate.Difference) bool
		claim  string
	}{
		{"news A: not below the first sentence", "ant-bbc-dev.jsonl", evaluate.TaskA, "lead-1",
			func(d evaluate.Difference) bool { return d.R1 >= 0 }, "mean ΔR1 ≥ 0"},
		{"news B: above Lead", "ant-bbc-dev.jsonl", evaluate.TaskB, "lead-budget",
			func(d evaluate.Difference) bool { return d.Low > 0 }, "interval above 0"},
		{"EASC B: not below Lead", "easc-dev.jsonl", evaluate.TaskB, "lead-budget",
			func(d evaluate.Difference) bool { return d.High > 0 }, "interval reaching above 0"},
		{"EASC B: above an annotator", "easc-dev.jsonl", evaluate.TaskB, "annotator",
			func(d evaluate.Difference) bool { return d.Low > 0 }, "interval above 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := devCorpus(t, tt.corpus)
			o := evaluate.Options{Task: tt.task}
			names := "default"
			if tt.base != "annotator" {
				names = tt.base + ",default"
			}
			systems, err := evaluate.SelectSystems(evaluate.Systems(), names)
			require.NoError(t, err)
			rows, err := evaluate.Run(context.Background(), docs, systems, o)
			require.NoError(t, err)
			base := rows[0]
			if tt.base == "annotator" {
				base, err = evaluate.AnnotatorRow(docs, o)
				require.NoError(t, err)
			}
			d, err := evaluate.Compare(base, rows[len(rows)-1])
			require.NoError(t, err)
			t.Logf("default − %s: ΔR1 %+.2f (%+.2f to %+.2f)", base.System, d.R1, d.Low, d.High)
			assert.True(t, tt.holds(d), "default − %s: ΔR1 %+.2f (%+.2f to %+.2f); want %s", base.System, d.R1, d.Low, d.High, tt.claim)
		})
	}
}

// TestHTMLPageGuard: served as a page serves it, each dev text gets the
// summary its plain text gets, read as the page shows it.
//   - RenderHTML: one line, a menu of links, <p> paragraphs, <h2>
//     headings, &nbsp;. At 6622bfa the menu and the tags made news Task A
//     R1 16.35.
//   - RenderWordPress: WordPress's entities (&#8230;, &#8220;, &#8221;),
//     which the page shows as «…» and curly quotes, compared as «...» and
//     straight ones. At 5de1519, 50 of the news summaries and 3 of EASC's
//     differed: &#8230; ended no sentence, and «:"…"» curled «:”…”» was
//     read as the tail of a quotation.
//   - RenderWord: a document Word saved as a web page, its source wrapped
//     at 76 characters, inside paragraphs and tags. At 5de1519 every one
//     differed (3,023 and 77): each source line was a line of the text.
//   - RenderPage: a saved news page, a cookie banner and a menu above the
//     <article>, related stories and a footer below it. At 5de1519 and at
//     57ba795 every one differed (3,023 and 77): the banner came first.
//     Under its headline, when it was published and updated («نشر في:
//     الأحد 12 مارس 2023 - 10:30 ص | آخر تحديث: …»): at 268957f every one
//     differed again, that line the summary's first sentence.
//   - RenderDivPage: the same chrome in <div>s named by class, without
//     <article> or <main>, a share bar and a newsletter box inside the
//     story. At 5de1519 and at cb3c9cd every one differed (3,023 and 77).
//     Its bar of links ends with a social network's icon, an <img> its
//     class names: at 55d32d3, 2,499 and 32 differed, as the search for
//     elements so named stopped at the icon, whose end tag never comes.
//     A photo follows the first paragraph, its caption in WordPress's
//     classic <div class="wp-caption">: at da0930e, 2,611 and 36
//     differed, the caption a sentence of the story. A link to another
//     story follows the second («اقرأ أيضاً.. <a …>»): at 7a29b82, 460
//     and 5 differed; the line was in no summary, but it parted the
//     story there.
//   - RenderSoftBreaks: paragraphs hard-wrapped at 70 characters, a
//     <br /> and a newline at each line's end, as WordPress serves text
//     pasted so. At 8fe9515 each <br /> ended its line: default R1 news
//     Task A 31.17 (`-render softbreaks`), against 60.96 plain.
//     A wrapped line that ended with a sentence ended its paragraph too
//     (Sentence.Line), which a summary weighs: at acc16ca 20 news
//     summaries and 2 of EASC's differed, and 1 news title. A <br> after a
//     full line whose next word would not have fit on it is a wrap, after
//     a final mark too; 5 news summaries still differ, and the title:
//     stories of a few lines, too few to tell a wrapped line from a
//     heading (their first line is their title).
//   - RenderWordPressSource: a post as WordPress stores it, paragraphs
//     parted by blank lines, a photo's [caption] shortcode after the
//     first and a video's [embed] after the second. At 0133dbc 2,967 and
//     41 differed: the caption was a sentence, and the address two, split
//     at its '?'.
func TestHTMLPageGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard runs the dev corpora; skipped in -short mode")
	}
	straight := strings.NewReplacer("“", `"`, "”", `"`, "’", "'", "…", "...")
	renders := []struct {
		name   string
		render func(string) string
		// the documents of each corpus whose summary and whose title may
		// differ from the plain text's (see the doc comment)
		most map[string][2]int
	}{
		{"html", evaluate.RenderHTML, nil},
		{"wordpress", evaluate.RenderWordPress, nil},
		{"word", evaluate.RenderWord, nil},
		{"page", evaluate.RenderPage, nil},
		{"divpage", evaluate.RenderDivPage, nil},
		{"softbreaks", evaluate.RenderSoftBreaks, map[string][2]int{"ant-bbc-dev.jsonl": {5, 1}, "easc-dev.jsonl": {0, 0}}},
		{"wpsource", evaluate.RenderWordPressSource, nil},
		// a Word document, read as its text as the CLI reads it
		{"docx", func(text string) string { doc, _ := tokenize.OfficeText(evaluate.RenderDOCX(text)); return doc }, nil},
	}
	var s summarize.Summarizer
	for _, corpus := range []string{"ant-bbc-dev.jsonl", "easc-dev.jsonl"} {
		docs := devCorpus(t, corpus)
		// The plain texts' summaries, once for all the renders.
		plains := make([]summarize.Summary, len(docs))
		for k, d := range docs {
			var err error
			plains[k], err = s.Summarize(d.Text)
			require.NoError(t, err, d.ID)
		}
		for _, r := range renders {
			t.Run(corpus+"/"+r.name, func(t *testing.T) {
				differ, titles := 0, 0
				for k, d := range docs {
					plain := plains[k]
					page, err := s.Summarize(r.render(d.Text))
					require.NoError(t, err, d.ID)
					want := strings.Join(strings.Fields(straight.Replace(plain.String())), " ")
					got := strings.Join(strings.Fields(straight.Replace(evaluate.PageText(page.String()))), " ")
					if want != got {
						if differ++; differ <= 3 {
							t.Logf("%s:\nplain %s\npage  %s", d.ID, want, got)
						}
					}
					wantTitle := strings.Join(strings.Fields(straight.Replace(plain.Title)), " ")
					if title := strings.Join(strings.Fields(straight.Replace(evaluate.PageText(page.Title))), " "); title != wantTitle {
						if titles++; titles <= 3 {
							t.Logf("%s: title %q, the page's %q", d.ID, wantTitle, title)
						}
					}
				}
				assert.LessOrEqual(t, differ, r.most[corpus][0], "of %d documents", len(docs))
				assert.LessOrEqual(t, titles, r.most[corpus][1], "titles, of %d documents", len(docs))
			})
		}
	}
}

// TestTitledGuard: a news article copied with its headline on the text's
// first line (TitleOnTop), as most come, is summarized as the article with
// that headline given as Summarizer.Title, in all but a few of the 3,023
// news documents. At 86cd865, before such a line was read as the
// headline, 508 of those summaries opened with the headline itself (15
// now), and the others were steered by no title (R1 57.67 on Task A,
// against 60.96 with the title given; 60.92 now).
func TestTitledGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard runs the dev corpora; skipped in -short mode")
	}
	docs := devCorpus(t, "ant-bbc-dev.jsonl")
	var top summarize.Summarizer
	differ, titles := unlike(t, docs, func(d evaluate.Document) (summarize.Summary, error) {
		given := summarize.Summarizer{Title: d.Title}
		return given.Summarize(d.Text)
	}, func(d evaluate.Document) (summarize.Summary, error) {
		return top.Summarize(evaluate.TitleOnTop(d).Text)
	})
	// The rest: questions of 13 words or more that ask with «هل» or after
	// a topic and a colon, as a story's first line may ask (see
	// tokenize.OpeningHeadline). At bdb71ff, before a headline of two
	// sentences («الحرب السورية: من يقاتل من؟ ولماذا؟») was one, 19 and 20;
	// at 5b585da, before a question of 13 to 18 words that opens with a
	// question word was one, 15 and 16.
	assert.LessOrEqual(t, differ, 5, "of %d documents", len(docs))
	assert.LessOrEqual(t, titles, 6, "titles, of %d documents", len(docs))
}

// TestPlainTextGuard: a story as a plain-text archive keeps it
// (PlainText: its headline on the first line, its paragraphs hard-wrapped
// at 70 characters, no blank lines) is summarized as the same story
// unwrapped (TitleOnTop), in all but the documents counted here. Where a
// headline fills a line, its end within two characters of where the
// lead's first word would have ended, and shares too few words with the
// lead to be told by them (tokenize's restates), it goes on into the
// lead; and the lines of a story of few lines are too few to tell a
// wrapped line from a heading. Default R1 on news Task A (`-render
// plaintext`): 55.37 at f52eff6, when the headline went on into the lead
// where it filled a line and set the width where it was wider, and short
// paragraphs without blank lines hid the wrap; 59.53 at 1f3eff3 (541
// summaries and 493 titles unlike), before a first line that restates
// the lead was its headline; 60.77 at f5ca6fc (164 and 109), when a
// period in «3.5» or after «د.» ended the lead's first words; 60.78 now,
// against 60.95 for the story unwrapped. 161 since a box of other
// stories' headlines is read (tokenize.RelatedHeading): wrapped without
// blank lines, BB-middleEast-580-20180604's box runs into the story's
// next paragraph, its last headline and the paragraph's first sentence
// one unit, which its summary now takes (the render's figures the same).
func TestPlainTextGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard runs the dev corpora; skipped in -short mode")
	}
	docs := devCorpus(t, "ant-bbc-dev.jsonl")
	var s summarize.Summarizer
	differ, titles := unlike(t, docs, func(d evaluate.Document) (summarize.Summary, error) {
		return s.Summarize(evaluate.TitleOnTop(d).Text)
	}, func(d evaluate.Document) (summarize.Summary, error) {
		return s.Summarize(evaluate.PlainText(d).Text)
	})
	assert.LessOrEqual(t, differ, 161, "of %d documents", len(docs))
	assert.LessOrEqual(t, titles, 105, "titles, of %d documents", len(docs))
}

// TestRewrappedGuard: text wrapped at 80 characters and then again at 70
// (evaluate.Rewrapped), each line of the first wrap broken into a full line
// and a short one, is read as the text itself: the short lines go on (see
// tokenize's rejoins). Before they did, they ended their sentences and
// were headings, and news Task A scored 42.64 against the plain text's
// 60.96 (at 24ad7eb, the texts so written by a throw-away script). Still
// unlike the plain text's: 94 news summaries of 3,023 and 12 of EASC's
// 77. (13, and a title, before a line that ends with «على» went on into
// the next: that text's first line, with its remainder on the next, was
// taken for the headline, as it restates its sentence; see tokenize's
// restates and linkEnds.)
func TestRewrappedGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard runs the dev corpora; skipped in -short mode")
	}
	for _, c := range []struct {
		corpus         string
		differ, titles int
	}{
		{"ant-bbc-dev.jsonl", 94, 0},
		{"easc-dev.jsonl", 12, 0},
	} {
		t.Run(c.corpus, func(t *testing.T) {
			docs := devCorpus(t, c.corpus)
			plain := func(d evaluate.Document) (summarize.Summary, error) {
				return (&summarize.Summarizer{Title: d.Title}).Summarize(d.Text)
			}
			differ, titles := unlike(t, docs, plain, func(d evaluate.Document) (summarize.Summary, error) {
				return plain(evaluate.Rewrapped(d))
			})
			assert.LessOrEqual(t, differ, c.differ, "of %d documents", len(docs))
			assert.LessOrEqual(t, titles, c.titles, "titles, of %d documents", len(docs))
		})
	}
}

// TestWireGuard: a story as an agency's copy, its lead opened with a
// dateline (evaluate.Wire: «القاهرة (رويترز) -» and eleven other forms), is
// summarized as the story itself: the dateline is no part of the lead (see
// tokenize.Dateline). Before it was left out, every summary but a few began
// with it, and news Task A scored 55.95 against the plain text's 60.96 (at
// 80911c6). Two news texts still differ: one opens with a sentence of two
// words («"شعر الجسم.», a quotation's first sentence), too short to read a
// dateline before, and one with its headline again, on a line without a
// final mark, a heading, which with a dateline of figures before it
// (Xinhua's «… 5 مارس 2019 (شينخوا)»; Gigaword's AFP «… 12-3 (اف ب) -»
// when Wire had ten forms) reads as no heading, and opens the summary. So
// do three of EASC's, whose own datelines («الدوحة - (اف ب) -», and a
// paper's without marks, «عمان- الرأي-», twice) are left after Wire's,
// where only the first is read (a wire writes one). (With ten
// forms, a second of EASC's, hard-wrapped, met AFP's, and its first line,
// wrapped again with it, read as its headline; with twelve it meets KUNA's,
// as with eight.)
func TestWireGuard(t *testing.T) {
	guardOpening(t, evaluate.Wire, map[string]int{"ant-bbc-dev.jsonl": 2, "easc-dev.jsonl": 3})
}

// TestSignedGuard: a story as a paper signs it, its lead opened with a
// byline, a dateline or both (evaluate.Signed: «القاهرة - كتب - محمد
// السيد:», «عواصم - وكالات:», «عواصم - «الخليج»، وكالات:», «سبق- الرياض:»,
// «الوكيل الإخباري - جلنار الراميني -», «القاهرة - متابعات:», «كتب - محمد
// السيد», «أبوظبي (الاتحاد)», «جفرا نيوز -» or «سواليف – رصد» on a line of
// its own and twenty-five other forms), is summarized as the story itself,
// but for two news texts and three of EASC's, as under Wire: the news
// texts BB-internationalNews-725-20180701, whose first sentence has two
// words («"شعر الجسم.», a quotation's), too short to read a dateline
// before, and BB-middleEast-1079-20181009, whose first line, its headline
// again without a final mark, is a heading, and with a dateline before it
// reads as the story's first sentence; and EASC's 007_art-and-music-07,
// 019_environment-03 and 087_politics-03, whose own datelines («عمان-
// الرأي-», «الدوحة - (اف ب) -») stay behind what is put before them.
// With these 35 forms, 72 news texts of 3,023 and 6 of EASC's 77 differ
// at 6150073, before a desk's «متابعات», «رصد» and «ترجمات» were read,
// and a place and «خاص» at a line's end; with 33, 176 and 11 differed at
// f1d0aa8, before a news site's name alone was
// read; with 30, 85 and 4 at 1d2a8b7 (other texts the exceptions then),
// before Sabq's name before the place was read; with 23, 856 and 27 at
// 42f45ff, before 500c5fb, 56ecb08 and 7ebdb14 read six of them; with
// 17, 1,078 and 29 at 52ba318, before a728fc3, 800d403 and 153f33c read
// six.
func TestSignedGuard(t *testing.T) {
	guardOpening(t, evaluate.Signed, map[string]int{"ant-bbc-dev.jsonl": 2, "easc-dev.jsonl": 3})
}

// TestStampedGuard: a story as a live blog or a news channel posts it,
// each paragraph opened with a time or a pictograph and its lead with a
// site's flag or none (evaluate.Stamped). Its default summary is the plain
// text's in every document; with the time, the pictograph and the flag
// read as words of the sentence (before 2026-12-07), every one of the
// 3,023 news texts and of EASC's 77 differed.
func TestStampedGuard(t *testing.T) {
	guardOpening(t, evaluate.Stamped, map[string]int{"ant-bbc-dev.jsonl": 0, "easc-dev.jsonl": 0})
}

// TestCommentedGuard: a story as a page shows it with its readers'
// comments under it (evaluate.Commented) is summarized as the story
// itself in every document but one of EASC's, 061_finance-11, whose lines
// are hard-wrapped: with the comments' short lines under them, two of its
// paragraphs are read as one, and its summary's last sentence is another.
func TestCommentedGuard(t *testing.T) {
	guardOpening(t, evaluate.Commented, map[string]int{"ant-bbc-dev.jsonl": 0, "easc-dev.jsonl": 1})
}

// TestRelatedGuard: a story as a page shows it with a box of other
// stories' headlines, under a line that titles it, between its paragraphs
// or under them (evaluate.Related), is summarized as the story alone, in
// every document. Before a blank line under the box's lines ended it
// (at dd58cc4), one news summary differed, BB-economy-281-20181018's: the
// box goes in among the text's own links to other stories, headlines
// that lost their «اقرأ أيضاً:», and those under it were read as the
// box's; and under Task B's budget BB-culture-280-20180829's, whose
// question on the line after the box was read as one of its headlines.
func TestRelatedGuard(t *testing.T) {
	guardOpening(t, evaluate.Related, map[string]int{"ant-bbc-dev.jsonl": 0, "easc-dev.jsonl": 0})
}

// guardOpening checks that the default summary of each dev text that
// render opens with something that is no part of the story, or adds it
// under the story, differs from the plain text's in no more documents
// than differ allows each corpus.
// The words are compared, not the blanks between them: Wire wraps a
// hard-wrapped text's first lines again, and so makes one blank of two in
// six of EASC's.
func guardOpening(t *testing.T, render func(evaluate.Document) evaluate.Document, differ map[string]int) {
	if testing.Short() {
		t.Skip("the guard runs the dev corpora; skipped in -short mode")
	}
	for _, corpus := range []string{"ant-bbc-dev.jsonl", "easc-dev.jsonl"} {
		t.Run(corpus, func(t *testing.T) {
			plain := func(d evaluate.Document) (summarize.Summary, error) {
				return (&summarize.Summarizer{Title: d.Title}).Summarize(d.Text)
			}
			words := func(s summarize.Summary) string { return strings.Join(strings.Fields(s.String()), " ") }
			n, _ := unlikeBy(t, devCorpus(t, corpus), plain, func(d evaluate.Document) (summarize.Summary, error) {
				return plain(render(d))
			}, words)
			assert.LessOrEqual(t, n, differ[corpus], "of the documents")
		})
	}
}

// TestDatelineSeldomRead: read as if it opened a story, every sentence of
// the dev texts, which hold one wire's dateline (EASC's 087_politics-03,
// «الدوحة - (اف ب) -») and two of a paper's without marks («عمان- الرأي-»,
// «عمان - الرأي -»), is a dateline five times at most: those three and
// two headings of a speaker and an epithet in quotation marks, which a
// paper's dateline after a place of two words cannot be told from (see
// tokenize.Dateline). A dateline read where there is none takes a
// sentence's first words away. Before quotation marks needed a dash (or a
// place of two words or fewer and a paper's name after a colon), a dash
// only a date after it, and a month was no agency, 16 were read (at
// 6e86275): speakers and their words, headings of a name in quotes and a
// colon, a month between slashes.
func TestDatelineSeldomRead(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard reads the dev corpora; skipped in -short mode")
	}
	read := readAsOpening(t, tokenize.Dateline)
	t.Logf("%d read: %q", len(read), read)
	assert.Contains(t, read, "087_politics-03: الدوحة - (اف ب) - ")
	assert.Contains(t, read, "007_art-and-music-07: عمان- الرأي- ")
	assert.Contains(t, read, "019_environment-03: عمان - الرأي - ")
	assert.LessOrEqual(t, len(read), 5)
}

// TestBylineNeverRead: read as if it opened a story, no sentence of the
// dev texts, which hold no byline, is one (see tokenize.Byline): the 23
// that open with «كتب» or «كتبت» have the verb of the sentence there, with
// no mark after it.
func TestBylineNeverRead(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard reads the dev corpora; skipped in -short mode")
	}
	assert.Empty(t, readAsOpening(t, tokenize.Byline))
}

// TestCommentsHeadingNeverRead: no unit of the dev texts, nor a title,
// which hold no readers' comments, is read as the line over them (see
// tokenize.CommentsHeading): their sub-headings of reactions («ردود فعل»
// twice, «ردود الفعل الأخيرة») and a suspension («تعليق الاختبارات
// النووية») are none, so that no story of theirs is cut short.
func TestCommentsHeadingNeverRead(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard reads the dev corpora; skipped in -short mode")
	}
	var read []string
	units := 0
	for _, corpus := range []string{"ant-bbc-dev.jsonl", "easc-dev.jsonl"} {
		for _, d := range devCorpus(t, corpus) {
			for _, text := range []string{d.Title, d.Text} {
				for _, s := range tokenize.Sentences(text) {
					units++
					if tokenize.CommentsHeading(s.In(text)) {
						read = append(read, d.ID+": "+s.In(text))
					}
				}
			}
		}
	}
	require.Greater(t, units, 50000)
	t.Logf("%d units", units)
	assert.Empty(t, read)
}

// readAsOpening reads every sentence of the dev texts as if it opened a
// story, and returns what read finds opening each, after the document's
// id.
func readAsOpening(t *testing.T, read func(string) int) []string {
	t.Helper()
	var found []string
	for _, corpus := range []string{"ant-bbc-dev.jsonl", "easc-dev.jsonl"} {
		for _, d := range devCorpus(t, corpus) {
			for _, s := range tokenize.Sentences(d.Text) {
				if n := read(s.In(d.Text)); n > 0 {
					found = append(found, d.ID+": "+s.In(d.Text)[:n])
				}
			}
		}
	}
	return found
}

// unlike summarizes each document as want and as got do, and counts the
// documents whose summaries differ and those whose titles do, logging the
// first three of each.
func unlike(t *testing.T, docs []evaluate.Document, want, got func(evaluate.Document) (summarize.Summary, error)) (differ, titles int) {
	t.Helper()
	return unlikeBy(t, docs, want, got, summarize.Summary.String)
}

// unlikeBy is unlike with summaries compared by what key gives of them.
func unlikeBy(t *testing.T, docs []evaluate.Document, want, got func(evaluate.Document) (summarize.Summary, error), key func(summarize.Summary) string) (differ, titles int) {
	t.Helper()
	for _, d := range docs {
		a, err := want(d)
		require.NoError(t, err, d.ID)
		b, err := got(d)
		require.NoError(t, err, d.ID)
		if key(a) != key(b) {
			if differ++; differ <= 3 {
				t.Logf("%s:\n%s\n%s", d.ID, a, b)
			}
		}
		if a.Title != b.Title {
			if titles++; titles <= 3 {
				t.Logf("%s: title %q, %q", d.ID, a.Title, b.Title)
			}
		}
	}
	return differ, titles
}

// TestTitledGuardPageTitle: the headline on the text's first line with a
// title given beside it, the headline alone or a page's title with the
// site's name («… | بي بي سي عربي»), as a scraper hands both over: the line
// is the headline, whatever its shape, and no summary holds it. At fff128b,
// where only the headline alone given made it one and only in a heading's
// or a headline's shape, news Task A scored 57.67 with the page's title
// given (a throw-away corpus so written, -task A,B); now 60.92.
func TestTitledGuardPageTitle(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard runs the dev corpora; skipped in -short mode")
	}
	docs := devCorpus(t, "ant-bbc-dev.jsonl")
	for _, site := range []string{"", " | بي بي سي عربي"} {
		t.Run("title"+site, func(t *testing.T) {
			taken := 0
			for _, d := range docs {
				s := summarize.Summarizer{Title: d.Title + site}
				sum, err := s.Summarize(evaluate.TitleOnTop(d).Text)
				require.NoError(t, err, d.ID)
				for _, x := range sum.Sentences {
					if x.Text == d.Title {
						if taken++; taken <= 3 {
							t.Logf("%s: %s", d.ID, sum)
						}
					}
				}
			}
			assert.Zero(t, taken, "summaries that hold the headline, of %d", len(docs))
		})
	}
}

// TestAboveTheHeadlineGuard: what a page copied whole puts above the
// headline changes no summary and no title. A breadcrumb trail
// («الرئيسية > أخبار > الشرق الأوسط») gives no unit; the site's name and its
// menu, short headings, give way to the headline after them. (Where the
// text has no headline that its reader finds, as in EASC's texts, the
// site's name is the only heading, its title; those documents are not
// counted.) At 86cd865 the trail or the site's name was each text's title
// and a headline that was no heading by its shape a sentence: news Task A
// scored 57.67, as with no headline read at all.
func TestAboveTheHeadlineGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard runs the dev corpora; skipped in -short mode")
	}
	blocks := []struct {
		above    string
		headings bool // the lines above are headings, not a trail
		most     int  // the documents whose summary or title may differ
	}{
		{"الرئيسية > أخبار > الشرق الأوسط", false, 0},
		{"الصفحة الرئيسية » عربي ودولي", false, 0},
		{"Home / News", false, 0},
		// Headlines of four words or fewer are as short as a site's
		// name, and the name stays the title above them.
		{"بي بي سي عربي", true, 8},
		{"شبكة الأخبار\nالرئيسية\nأخبار\nرياضة\nاقتصاد\nالرئيسية > أخبار", true, 8},
	}
	var s summarize.Summarizer
	for _, corpus := range []string{"ant-bbc-dev.jsonl", "easc-dev.jsonl"} {
		// Each text is summarized once without a block and once with each:
		// the guard runs under qemu in CI too.
		differ, counted := make([]int, len(blocks)), make([]int, len(blocks))
		for _, d := range devCorpus(t, corpus) {
			text := evaluate.TitleOnTop(d).Text
			want, err := s.Summarize(text)
			require.NoError(t, err, d.ID)
			for k, b := range blocks {
				if b.headings && want.Title == "" {
					continue
				}
				counted[k]++
				got, err := s.Summarize(b.above + "\n" + text)
				require.NoError(t, err, d.ID)
				if got.String() != want.String() || got.Title != want.Title {
					if differ[k]++; differ[k] <= 3 {
						t.Logf("%s, %q:\nwithout %s | %s\nwith    %s | %s", d.ID, b.above, want.Title, want, got.Title, got)
					}
				}
			}
		}
		for k, b := range blocks {
			assert.LessOrEqual(t, differ[k], b.most, "%s, %q: of %d documents", corpus, b.above, counted[k])
		}
	}
}

// TestSubtitlesGuard: served as SubRip subtitles of the text read out
// (RenderSRT) and read as their spoken text (tokenize.Subtitles), as the
// CLI reads subtitles, each dev corpus scores within half a point of R1
// of its plain text: the spoken text has lost only the headings and the
// paragraphs. The same cues as TTML (RenderTTML) and as ASS (RenderASS)
// give the same spoken text, document by document, and so do they as
// YouTube's timed text (RenderYouTube) and as SAMI (RenderSAMI; at
// c61653b, before tokenize.Subtitles read SAMI, the CLI summarized it as
// it came, to R1 37.34 and 42.15 on news and 40.63 on EASC B); before the library
// read them, the CLI summarized them as they came, at 97b4ab7 to R1 17.72
// and 23.06 (news A and B) and 32.01 (EASC B) as TTML, 0.01, 0.06 and
// 14.97 as ASS. Summarized as they came, before tokenize.Subtitles (at
// 97a95de), the subtitles scored 18.01, 23.31 and 43.97: each cue's line
// was a heading or a fragment, and the first title was the cue number.
// sameCues are the renders of RenderSRT's cues in the other subtitle
// formats.
var sameCues = []struct {
	name   string
	render func(string) string
}{
	{"TTML", evaluate.RenderTTML}, {"ASS", evaluate.RenderASS}, {"YouTube", evaluate.RenderYouTube},
	{"SAMI", evaluate.RenderSAMI}, {"json3", evaluate.RenderJSON3}, {"transcript", evaluate.RenderTranscript},
}

func TestSubtitlesGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard runs the dev corpora; skipped in -short mode")
	}
	tests := []struct {
		corpus string
		task   evaluate.Task
	}{
		{"ant-bbc-dev.jsonl", evaluate.TaskA},
		{"ant-bbc-dev.jsonl", evaluate.TaskB},
		{"easc-dev.jsonl", evaluate.TaskB},
	}
	for _, tt := range tests {
		t.Run(tt.corpus+" task "+tt.task.String(), func(t *testing.T) {
			docs := devCorpus(t, tt.corpus)
			systems, err := evaluate.SelectSystems(evaluate.Systems(), "default")
			require.NoError(t, err)
			o := evaluate.Options{Task: tt.task}
			plain, err := evaluate.Run(context.Background(), docs, systems, o)
			require.NoError(t, err)
			spoken := slices.Clone(docs)
			for k := range spoken {
				var ok bool
				spoken[k].Text, ok = tokenize.Subtitles(evaluate.RenderSRT(docs[k].Text))
				require.True(t, ok, docs[k].ID)
				// The same cues in every other format give the same spoken
				// text.
				for _, f := range sameCues {
					other, ok := tokenize.Subtitles(f.render(docs[k].Text))
					require.True(t, ok, "%s, %s", f.name, docs[k].ID)
					assert.Equal(t, spoken[k].Text, other, "%s, %s", f.name, docs[k].ID)
				}
			}
			srt, err := evaluate.Run(context.Background(), spoken, systems, o)
			require.NoError(t, err)
			t.Logf("R1 %.2f plain, %.2f as subtitles", plain[0].R1, srt[0].R1)
			assert.GreaterOrEqual(t, srt[0].R1, plain[0].R1-0.5)
			assert.Zero(t, srt[0].Failed)
		})
	}
}

// TestCorpusGuard keeps each dev text, served as a story of LDC's Arabic
// Gigaword (its lines <P>s wrapped at 72 characters), read back as its one
// article, with its id, and summarized as the plain text is, but for runs
// of blanks, which the render makes one.
func TestCorpusGuard(t *testing.T) {
	summarizedAsPlain(t, evaluate.RenderGigaword, func(t *testing.T, _ evaluate.Document, a tokenize.Article) {
		assert.Equal(t, "AFP_ARB_20180312.0001", a.ID)
	})
}

// summarizedAsPlain checks that each dev text, served by render with its
// title and read back as its one article (which check looks at too), is
// summarized with the title given as the plain text is, but for runs of
// blanks.
func summarizedAsPlain(t *testing.T, render func(title, text string) string, check func(*testing.T, evaluate.Document, tokenize.Article)) {
	t.Helper()
	if testing.Short() {
		t.Skip("the guard reads the dev corpora; skipped in -short mode")
	}
	blanks := func(sum summarize.Summary) string { return strings.Join(strings.Fields(sum.String()), " ") }
	for _, corpus := range []string{"ant-bbc-dev.jsonl", "easc-dev.jsonl"} {
		t.Run(corpus, func(t *testing.T) {
			for _, d := range devCorpus(t, corpus) {
				articles, ok := tokenize.Articles(render(d.Title, d.Text))
				require.True(t, ok, d.ID)
				require.Len(t, articles, 1, d.ID)
				check(t, d, articles[0])
				s := summarize.Summarizer{Title: d.Title}
				want, err := s.Summarize(d.Text)
				require.NoError(t, err, d.ID)
				got, err := s.Summarize(articles[0].Text)
				require.NoError(t, err, d.ID)
				assert.Equal(t, blanks(want), blanks(got), d.ID)
			}
		})
	}
}

// TestWikiGuard keeps each dev text, served as a page of a wiki's dump
// (evaluate.RenderMediaWiki: an infobox, bold, links, references, headings
// between «==», a section of references and categories), read back with
// its title and summarized, as the plain text is with its title given: the
// same sentences, but for runs of blanks (the wiki joins a paragraph's
// lines, as EASC's texts are wrapped). With parentheses that held only
// marks taken for a template's leavings, «(...)» and «(')», two news
// summaries of the 3,023 lost them.
func TestWikiGuard(t *testing.T) {
	summarizedAsPlain(t, evaluate.RenderMediaWiki, func(t *testing.T, d evaluate.Document, a tokenize.Article) {
		assert.Equal(t, d.Title, a.Title, d.ID)
	})
}

// TestCrawlGuard keeps each dev text, served as a crawl's WARC file holds
// a news page (evaluate.RenderWARC: RenderPage's page with the headline in
// its <title> and <h1>, in Windows-1256, gzip, in chunks), read back as
// that page's HTML and summarized, untitled, as the plain text is with its
// title given: the same sentences (as the page shows them) and the same
// title. Windows-1256 has no byte for Arabic-Indic digits («٢٠٠٥»), which
// the page writes as references («&#1634;…»); read back, they are digits
// again (with them left as references, which Words reads as no words, one
// news summary of the 3,100 differed). One title differs, by the
// zero-width spaces after it, which are no part of its heading's span.
func TestCrawlGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard reads the dev corpora; skipped in -short mode")
	}
	for _, tt := range []struct {
		corpus           string
		summaries, title int // the most that may differ
	}{{"ant-bbc-dev.jsonl", 0, 1}, {"easc-dev.jsonl", 0, 0}} {
		t.Run(tt.corpus, func(t *testing.T) {
			var summaries, titles []string
			for _, d := range devCorpus(t, tt.corpus) {
				articles, ok := tokenize.Articles(evaluate.RenderWARC(d.Title, d.Text))
				require.True(t, ok, d.ID)
				require.Len(t, articles, 1, d.ID)
				assert.Equal(t, tokenize.Article{Text: articles[0].Text, ID: "https://example.com/news/2024/03/12/story"}, articles[0], d.ID)
				want, err := (&summarize.Summarizer{Title: d.Title}).Summarize(d.Text)
				require.NoError(t, err, d.ID)
				got, err := (&summarize.Summarizer{}).Summarize(articles[0].Text)
				require.NoError(t, err, d.ID)
				if strings.Join(strings.Fields(want.String()), " ") != evaluate.PageText(got.String()) {
					summaries = append(summaries, d.ID)
				}
				if want.Title != got.Title {
					titles = append(titles, fmt.Sprintf("%s: %+q, %+q", d.ID, want.Title, got.Title))
				}
			}
			assert.LessOrEqual(t, len(summaries), tt.summaries, "summaries unlike the plain text's: %v", summaries)
			assert.LessOrEqual(t, len(titles), tt.title, "titles unlike the plain text's: %v", titles)
		})
	}
}

// TestArticlesGuard keeps each dev text, served as WordPress's REST API
// serves a post and as the one item of its feed, read back as that post's
// content: one article, the content as RenderWordPress renders it, which
// TestHTMLPageGuard keeps summarized as the plain text is, its numeric
// references written as their characters; and so from the feed of a site
// in Latin-1, which writes all its Arabic as references.
func TestArticlesGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("the guard reads the dev corpora; skipped in -short mode")
	}
	for _, corpus := range []string{"ant-bbc-dev.jsonl", "easc-dev.jsonl"} {
		t.Run(corpus, func(t *testing.T) {
			for _, d := range devCorpus(t, corpus) {
				content := wordPressRead.Replace(evaluate.RenderWordPress(d.Text))
				id := fmt.Sprint(1000 + len(d.Text)%9000) // the post's, as the renders number it
				articles, ok := tokenize.Articles(evaluate.RenderWordPressJSON(d.Text))
				require.True(t, ok, d.ID)
				assert.Equal(t, []tokenize.Article{{Text: content, ID: id}}, articles, "JSON, %s", d.ID)
				articles, ok = tokenize.Articles(evaluate.RenderRSS(d.Text))
				require.True(t, ok, d.ID)
				assert.Equal(t, []tokenize.Article{{Text: strings.TrimSpace(content), ID: "https://example.com/?p=" + id}}, articles, "RSS, %s", d.ID)
				articles, ok = tokenize.Articles(evaluate.RenderLatin1RSS(d.Text))
				require.True(t, ok, d.ID)
				assert.Equal(t, []tokenize.Article{{Text: strings.TrimSpace(content), ID: "https://example.com/?p=" + id}}, articles, "RSS in Latin-1, %s", d.ID)
			}
		})
	}
}
