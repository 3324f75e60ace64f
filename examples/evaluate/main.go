// Command evaluate scores summarizers on corpora with the ROUGE protocol of
// talkhis (package summarize/rouge).
//
//	go run ./examples/evaluate [flags] CORPUS.jsonl ...
//
// Each corpus is JSON Lines of {"id", "title", "text", "summaries"}. For
// each corpus and task it prints a Markdown table: system, R1, R2, RL (F1
// x100), mean words, documents, failures, documents per second; then, for
// each other system, its difference from a base system (-base, lead-budget
// by default) on the same documents, with the 95% interval of the R1
// difference, which says whether a gain would hold on documents not yet
// seen. With -by it also breaks R1 down by category (read from the
// document id), by document length or by the length of the opening
// sentence, to show where a system gains or loses. With -headroom it also
// says, reading the references, how much room there is above Lead and
// what taking it would need, and for task A which documents fall furthest
// under their best sentence (package evaluate's AnalyzeLead and
// AnalyzeVotes). With -unglue it scores against references whose words
// glued across the text's line breaks are split (evaluate.Unglue), for
// analysis. Malformed records are reported with file and line and
// skipped; the exit status is then 1, after the tables.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/talkhis/talkhis/examples/internal/cli"
	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
	"github.com/talkhis/talkhis/tokenize"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tasks := fs.String("task", "A", "tasks to run: A (one sentence), B (budget = mean reference length) or A,B")
	names := fs.String("systems", "", "comma-separated systems to run (default: all)")
	out := fs.String("out", "", "write every summary and its scores to this JSON Lines file")
	plotFile := fs.String("plot", "", "draw R1 and R2 against the word budget into this PNG file (one per corpus)")
	budgets := fs.String("budgets", "10,20,30,40,50,60,70,80,90,100,110,120,130,140,150", "word budgets of the plot")
	workers := fs.Int("workers", 0, "goroutines (0: all cores); results do not depend on it")
	limit := fs.Int("limit", 0, "use only the first N documents of each corpus (0: all)")
	by := fs.String("by", "", "also break R1 down by these groupings, comma-separated: category (from the id), sentences, lead-words")
	strip := fs.String("strip", "", "take marks and line breaks out of every text first, as a transcript comes: sentences (. ! ? ؟ ۔ …) or clauses (those and ، , ؛ ; :)")
	render := fs.String("render", "", "serve every text first as a page does: html (on one line, a menu of links, <p> paragraphs, <h2> headings, entities) wordpress (a paragraph a line, WordPress's entities for quotes and «...») word (Word's web page, its source wrapped at 76 characters) page (a saved news page: a cookie banner, menus, related stories and a footer around the <article>), divpage (the same in <div>s named by class, without <article>), softbreaks (paragraphs hard-wrapped at 70 characters, each break a <br />, as WordPress serves text pasted from an e-mail or a PDF), wpsource (a post as WordPress stores it: paragraphs parted by blank lines, a photo's [caption] and a video's [embed] shortcodes), srt (SubRip subtitles of the text read out, 42 characters a line, summarized as their spoken text, as the CLI does), ttml (the same cues as TTML's XML), ass (the same as Advanced SubStation Alpha), youtube (the same as YouTube's timed text XML), sami (the same as SAMI, .smi), json3 (the same as YouTube's json3 of automatic captions, a word a seg), transcript (the same as youtube-transcript-api's JSON), wpjson (a post as WordPress's REST API serves it: JSON, every Arabic letter escaped, the content as wordpress renders it, read as its article, as the CLI does), rss (the one item of a feed as WordPress serves it, its content in <content:encoded>, read as its article, as the CLI does), latin1rss (the same feed from a site in Latin-1, every character past ASCII a numeric reference), nitf (a news agency's story in NITF, its title the headline, a byline, a dateline, a photo and a tagline, read as its article, as the CLI does), eml (a press release sent by e-mail from Arabic Outlook, its title the subject, plain and HTML in Windows-1256, read as its text, as the CLI does), gigaword (a story as LDC's Arabic Gigaword holds it, its title the <HEADLINE>, a <DATELINE>, its lines <P>s wrapped at 72 characters, read as its article, as the CLI does), wikiextractor (an article as WikiExtractor writes a Wikipedia dump's, a <doc> with its title, a heading with a period after it, read as its article, as the CLI does), mediawiki (a page of a wiki's dump, a MediaWiki export as Wikinews and Wikipedia ship them: its wikitext with an infobox, the first word bold, links, references, headings between «==», a section of references and categories, read as its article, as the CLI does), wet (a page as Common Crawl's WET file holds it, its title with the site's name on the first line, read as its article, as the CLI does), warc (a page as a crawl's WARC file holds it, wget's: the request and the response, the page's HTML in Windows-1256, gzip, in chunks, its <title> the headline and the site's name, read as the page's HTML, as the CLI does), docx (a Word document as Arabic Word saves it, read as its text, as the CLI does), titled (the document's title on the text's first line, and none given beside it, as an article is most often copied), plaintext (the same, its paragraphs hard-wrapped at 70 characters with no blank line between them, as a plain-text archive keeps a story) rewrapped (its lines wrapped at 80 characters and then again at 70, as a reply quotes a wrapped e-mail, its title beside it), wire (an agency's copy: its lead opened with a dateline, «القاهرة (رويترز) -», in one of twelve forms (evaluate.Wire), its title beside it) or signed (a paper's story: its lead opened with its reporter's byline, its place's dateline or both, «القاهرة - كتب - محمد السيد:», «عواصم - وكالات:», in one of fourteen forms, or under a byline on a line of its own, in one of three (evaluate.Signed), its title beside it); summaries are scored as the page shows them")
	headroom := fs.Bool("headroom", false, "also print where the room above Lead is, reading the references: for task A, what leaving or cutting the first sentence could gain, and the documents where it falls furthest under the best; for task B, ranking by the references' own choice of sentences (for extractive references), how far the references agree, and their own flaws (words glued across the text's line breaks, sentences cut in the middle of a word)")
	unglue := fs.Bool("unglue", false, "score against references with each word that joins the last word of a line of the text to the first of the next split in two, as references typed from wrapped text lost the break (EASC's; evaluate.Unglue): for analysis, since the figures no longer follow the protocol")
	best := fs.String("best", "", "also score, as a row of its own, a switch that takes in each document the summary that scores best among these systems, comma-separated, each among -systems (evaluate.BestOf): no choice among them, document by document, scores more")
	target := fs.Float64("target", 62.5, "with -headroom: the task A R1 that a switch away from the first sentence should reach")
	base := fs.String("base", "lead-budget", "compare every other system with this one, document by document (\"\": no comparison; the default is skipped when not among -systems)")
	var models []string
	fs.Func("model", "add a system NAME=FILE.json: the default Summarizer with a Model fitted by examples/fit (repeatable)", func(v string) error {
		models = append(models, v)
		return nil
	})
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: evaluate [flags] CORPUS.jsonl ...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if a, ok := cli.LateFlag(fs, args); ok {
		fmt.Fprintf(stderr, "evaluate: %s comes after a corpus, where it would be read as one: put the flags before the corpora: evaluate [flags] CORPUS.jsonl ...\n", a)
		return 2
	}
	all := evaluate.Systems()
	for _, nv := range models {
		sys, err := modelSystem(nv)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
		all = append(all, sys)
	}
	systems, err := evaluate.SelectSystems(all, *names)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	bestOf, err := findBest(systems, *best)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	baseAt, err := findBase(fs, systems, *base)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	groupings, err := parseGroupings(*by)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	taskList, err := parseTasks(*tasks)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	plotBudgets, err := parseInts(*budgets)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	marks, ok := map[string]string{
		"":          "",
		"sentences": evaluate.SentenceMarks,
		"clauses":   evaluate.SentenceMarks + evaluate.ClauseMarks,
	}[*strip]
	if !ok {
		fmt.Fprintf(stderr, "evaluate: -strip %q: want sentences or clauses\n", *strip)
		return 2
	}
	renderer, ok := map[string]struct {
		page  func(string) string
		label string
		doc   func(evaluate.Document) evaluate.Document // in place of page, for a render that needs the title
	}{
		"":           {},
		"html":       {evaluate.RenderHTML, "as a page's HTML", nil},
		"wordpress":  {evaluate.RenderWordPress, "as WordPress serves it", nil},
		"word":       {evaluate.RenderWord, "as Word saves a web page", nil},
		"page":       {evaluate.RenderPage, "as a saved news page", nil},
		"divpage":    {evaluate.RenderDivPage, "as a saved news page without <article>", nil},
		"softbreaks": {evaluate.RenderSoftBreaks, "as WordPress serves hard-wrapped paragraphs", nil},
		"wpsource":   {evaluate.RenderWordPressSource, "as WordPress stores a post, with shortcodes", nil},
		// The title goes into the text; the rest of the document is kept
		// (see evaluate.TitleOnTop).
		"titled":    {nil, "with its title on the text's first line", nil},
		"plaintext": {label: "as a plain-text archive keeps a story, its title on the first line and its paragraphs hard-wrapped at 70 characters", doc: evaluate.PlainText},
		"rewrapped": {label: "wrapped at 80 characters and then again at 70, as a reply quotes a wrapped e-mail", doc: evaluate.Rewrapped},
		"wire":      {label: "as an agency's copy, its lead opened with a dateline («القاهرة (رويترز) -»)", doc: evaluate.Wire},
		"signed":    {label: "as a paper signs a story, its lead opened with a byline, a dateline or both («القاهرة - كتب - محمد السيد:»)", doc: evaluate.Signed},
		"stamped":   {label: "as a live blog or a news channel posts a story, each paragraph opened with a time («10:45 - ») or a pictograph («📌 »), its lead with a site's flag («عاجل: ») or none", doc: evaluate.Stamped},
		"related":   {label: "as a news page shows a story with a box of other stories' headlines, some asking or cut short, under a line that titles it («اقرأ أيضاً:», «أخبار ذات صلة»), between its paragraphs or under them", doc: evaluate.Related},
		"commented": {label: "as a news page shows a story with its readers' comments under it, below a line that titles, counts or invites them («التعليقات», «3 تعليقات», «أضف تعليقك»)", doc: evaluate.Commented},
		// The library refuses subtitles; the CLI summarizes their spoken
		// text, and so does this.
		"srt":        {asCLI(evaluate.RenderSRT), "as SubRip subtitles, read as their spoken text", nil},
		"ttml":       {asCLI(evaluate.RenderTTML), "as TTML subtitles, read as their spoken text", nil},
		"ass":        {asCLI(evaluate.RenderASS), "as ASS subtitles, read as their spoken text", nil},
		"youtube":    {asCLI(evaluate.RenderYouTube), "as YouTube's timed text, read as its spoken text", nil},
		"sami":       {asCLI(evaluate.RenderSAMI), "as SAMI subtitles, read as their spoken text", nil},
		"json3":      {asCLI(evaluate.RenderJSON3), "as YouTube's json3 captions, read as their spoken text", nil},
		"transcript": {asCLI(evaluate.RenderTranscript), "as a transcript's JSON, read as its spoken text", nil},
		// The library refuses JSON; the CLI summarizes the article in it.
		"wpjson":    {asCLI(evaluate.RenderWordPressJSON), "as WordPress's REST API serves a post, read as its article", nil},
		"rss":       {asCLI(evaluate.RenderRSS), "as the one item of a WordPress feed, read as its article", nil},
		"latin1rss": {asCLI(evaluate.RenderLatin1RSS), "as the one item of a WordPress feed in Latin-1, its Arabic references, read as its article", nil},
		// An agency's story carries its headline: the title goes in, and
		// stays beside the text too.
		"nitf": {label: "as a news agency's story in NITF, read as its article", doc: titledAsCLI(evaluate.RenderNITF)},
		"eml":  {label: "as a press release sent by e-mail, read as its text", doc: titledAsCLI(evaluate.RenderEML)},
		// A research corpus's document carries its headline too.
		"gigaword":      {label: "as a story of LDC's Arabic Gigaword, read as its article", doc: titledAsCLI(evaluate.RenderGigaword)},
		"wikiextractor": {label: "as WikiExtractor writes a Wikipedia article, read as its article", doc: titledAsCLI(evaluate.RenderWikiExtractor)},
		"mediawiki":     {label: "as a page of a wiki's dump (Wikinews', Wikipedia's), its wikitext an infobox, links, references and categories, read as its article", doc: asCLIWithTitle(evaluate.RenderMediaWiki)},
		"wet":           {label: "as a page of Common Crawl's WET file, read as its article, its title the page's", doc: asCLIWithTitle(evaluate.RenderWET)},
		"warc":          {label: "as a page of a crawl's WARC file, gzip in chunks in Windows-1256, read as its page's HTML", doc: asCLIWithTitle(evaluate.RenderWARC)},
		"docx":          {asCLI(evaluate.RenderDOCX), "as a Word document, read as its text", nil},
	}[*render]
	if !ok {
		fmt.Fprintf(stderr, "evaluate: -render %q: want html, wordpress, word, page, divpage, softbreaks, wpsource, srt, ttml, ass, youtube, sami, json3, transcript, wpjson, rss, latin1rss, nitf, eml, gigaword, wikiextractor, mediawiki, wet, warc, docx, titled, plaintext, rewrapped or wire\n", *render)
		return 2
	}
	if renderer.page != nil || renderer.doc != nil {
		for k := range systems {
			systems[k] = shownAsPage(systems[k])
		}
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}

	var outW io.Writer
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(stderr, "evaluate:", err)
			return 1
		}
		defer f.Close()
		outW = f
	}

	ctx := context.Background()
	status := 0
	for _, path := range fs.Args() {
		docs, bad, err := evaluate.ReadCorpusFile(path)
		for _, e := range bad {
			fmt.Fprintln(stderr, e)
			status = 1
		}
		if err != nil {
			fmt.Fprintln(stderr, err)
			status = 1
			continue
		}
		if *limit > 0 && len(docs) > *limit {
			docs = docs[:*limit]
		}
		name := filepath.Base(path)
		label, plotName := name, strings.TrimSuffix(name, ".jsonl")
		if *unglue { // from the text's own lines, before -strip or -render changes them
			split := 0
			for k := range docs {
				var n int
				docs[k], n = evaluate.Unglue(docs[k])
				split += n
			}
			label += fmt.Sprintf(" against references unglued (%d words split)", split)
			plotName += "-unglued"
		}
		if *strip != "" {
			for k := range docs {
				docs[k].Text = evaluate.Strip(docs[k].Text, marks)
			}
			label += " without " + *strip + " marks"
			plotName += "-without-" + *strip
		}
		if *render != "" {
			for k := range docs {
				switch {
				case renderer.doc != nil:
					docs[k] = renderer.doc(docs[k])
					continue
				case renderer.page == nil:
					docs[k] = evaluate.TitleOnTop(docs[k])
					continue
				}
				docs[k].Text = renderer.page(docs[k].Text)
			}
			label += " " + renderer.label
			plotName += "-" + *render
		}
		for _, task := range taskList {
			o := evaluate.Options{Task: task, Workers: *workers}
			bar := progress(stderr, len(docs)*len(systems), fmt.Sprintf("%s task %v", label, task))
			o.Progress = bar.tick
			rows, err := evaluate.Run(ctx, docs, systems, o)
			bar.done()
			if err == nil && len(bestOf) > 0 {
				rows, err = withBest(rows, bestOf)
			}
			if err != nil {
				fmt.Fprintln(stderr, err)
				return 1
			}
			title := fmt.Sprintf("%s, task %v, %d documents", label, task, len(docs))
			if err := evaluate.WriteTable(stdout, title, rows); err != nil {
				fmt.Fprintln(stderr, err)
				return 1
			}
			fmt.Fprintln(stdout)
			if baseAt >= 0 && len(rows) > 1 {
				if err := writeComparison(stdout, rows, baseAt); err != nil {
					fmt.Fprintln(stderr, err)
					return 1
				}
			}
			for _, g := range groupings {
				if err := writeBreakdown(stdout, fmt.Sprintf("%s, task %v, R1 by %s", label, task, g.Name), docs, rows, baseAt, g); err != nil {
					fmt.Fprintln(stderr, err)
					return 1
				}
			}
			if *headroom {
				if err := writeHeadroom(ctx, stdout, title, docs, rows, o, *target); err != nil {
					fmt.Fprintln(stderr, err)
					return 1
				}
			}
			if outW != nil {
				if err := writeResults(outW, label, rows); err != nil {
					fmt.Fprintln(stderr, "evaluate:", err)
					return 1
				}
			}
		}
		if *plotFile != "" {
			file := *plotFile
			if fs.NArg() > 1 {
				file = strings.TrimSuffix(file, ".png") + "-" + plotName + ".png"
			}
			bar := progress(stderr, len(docs)*len(systems)*len(plotBudgets), label+" plot")
			err := drawPlot(ctx, file, label, docs, systems, plotBudgets, *workers, bar.tick)
			bar.done()
			if err != nil {
				fmt.Fprintln(stderr, "evaluate:", err)
				return 1
			}
			fmt.Fprintf(stderr, "evaluate: wrote %s\n", file)
		}
	}
	return status
}

// shownAsPage returns sys with its summaries scored as a page shows them
// (evaluate.PageText): a summary of HTML keeps the markup inside its
// sentences, which the scorer would read as words.
func shownAsPage(sys evaluate.System) evaluate.System {
	summarize := sys.Summarize
	sys.Summarize = func(ctx context.Context, d evaluate.Document, budget int) (string, error) {
		s, err := summarize(ctx, d, budget)
		return evaluate.PageText(s), err
	}
	return sys
}

// findBest returns the indices among systems of those named in the
// comma-separated list names (-best), none for an empty list.
func findBest(systems []evaluate.System, names string) ([]int, error) {
	if names == "" {
		return nil, nil
	}
	var at []int
	for _, name := range strings.Split(names, ",") {
		name = strings.TrimSpace(name)
		k := systemAt(systems, name)
		if k < 0 {
			return nil, fmt.Errorf("evaluate: -best: %s is not among the systems run; add it to -systems", name)
		}
		if !slices.Contains(at, k) {
			at = append(at, k)
		}
	}
	if len(at) < 2 {
		return nil, fmt.Errorf("evaluate: -best %s: name two systems or more", names)
	}
	return at, nil
}

// withBest returns rows with the row of evaluate.BestOf over the rows at
// the indices given after them, named for the systems it chooses among.
func withBest(rows []evaluate.Row, at []int) ([]evaluate.Row, error) {
	among := make([]evaluate.Row, len(at))
	names := make([]string, len(at))
	for i, k := range at {
		among[i], names[i] = rows[k], rows[k].System
	}
	best, err := evaluate.BestOf("best of ("+strings.Join(names, ", ")+")", among...)
	if err != nil {
		return nil, err
	}
	return append(rows, best), nil
}

// systemAt returns the index of the system named name among systems, or -1.
func systemAt(systems []evaluate.System, name string) int {
	return slices.IndexFunc(systems, func(s evaluate.System) bool { return s.Name == name })
}

// findBase returns the index of the base system among systems, or -1 for
// no comparison: none asked, or the default base not among those chosen.
// A base named on the command line must be among them.
func findBase(fs *flag.FlagSet, systems []evaluate.System, base string) (int, error) {
	if base == "" {
		return -1, nil
	}
	if i := systemAt(systems, base); i >= 0 {
		return i, nil
	}
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == "base" })
	if set {
		return -1, fmt.Errorf("evaluate: -base %s: not among the systems run; add it to -systems", base)
	}
	return -1, nil
}

// differences compares each of rows but rows[skip] (skip < 0: none) with
// base, document by document.
func differences(base evaluate.Row, rows []evaluate.Row, skip int) ([]evaluate.Difference, error) {
	var ds []evaluate.Difference
	for i, r := range rows {
		if i == skip {
			continue
		}
		d, err := evaluate.Compare(base, r)
		if err != nil {
			return nil, err
		}
		ds = append(ds, d)
	}
	return ds, nil
}

// writeComparison writes each system's difference from rows[baseAt].
func writeComparison(w io.Writer, rows []evaluate.Row, baseAt int) error {
	ds, err := differences(rows[baseAt], rows, baseAt)
	if err != nil {
		return err
	}
	title := fmt.Sprintf("against %s, document by document (F1 x100)", rows[baseAt].System)
	if err := evaluate.WriteComparison(w, title, ds); err != nil {
		return err
	}
	_, err = fmt.Fprintln(w)
	return err
}

// writeBreakdown writes the R1 of rows by g, the base first so that the
// others are compared with it; with no base (baseAt < 0), R1 alone.
func writeBreakdown(w io.Writer, title string, docs []evaluate.Document, rows []evaluate.Row, baseAt int, g evaluate.Grouping) error {
	ordered := rows
	if baseAt > 0 {
		ordered = append([]evaluate.Row{rows[baseAt]}, rows[:baseAt]...)
		ordered = append(ordered, rows[baseAt+1:]...)
	}
	b, err := evaluate.ByGroup(docs, ordered, g)
	if err != nil {
		return err
	}
	if baseAt < 0 {
		b.Base = ""
	}
	if err := evaluate.WriteBreakdown(w, title, b); err != nil {
		return err
	}
	_, err = fmt.Fprintln(w)
	return err
}

// writeHeadroom writes the Lead analysis for task A and the vote
// analysis for task B.
func writeHeadroom(ctx context.Context, w io.Writer, title string, docs []evaluate.Document, rows []evaluate.Row, o evaluate.Options, target float64) error {
	var err error
	if o.Task == evaluate.TaskA {
		var r evaluate.LeadRoom
		if r, err = evaluate.AnalyzeLead(ctx, docs, nil); err == nil {
			err = evaluate.WriteLeadRoom(w, "**"+title+": room above the first sentence**", r, target, 10)
		}
	} else {
		var r evaluate.VoteRoom
		if r, err = evaluate.AnalyzeVotes(ctx, docs, nil); err == nil {
			err = evaluate.WriteVoteRoom(w, "**"+title+": ranking against the references' own choice**", r)
		}
		if err == nil {
			_, err = fmt.Fprintln(w)
		}
		if err == nil {
			err = writeAnnotator(w, title, docs, rows, o)
		}
	}
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(w)
	return err
}

// writeAnnotator compares each system with an annotator
// (evaluate.AnnotatorRow), document by document, or says why it cannot.
func writeAnnotator(w io.Writer, title string, docs []evaluate.Document, rows []evaluate.Row, o evaluate.Options) error {
	a, err := evaluate.AnnotatorRow(docs, o)
	if errors.Is(err, evaluate.ErrFewReferences) {
		_, err = fmt.Fprintln(w, "No annotator to compare with: a document has one reference.")
		return err
	}
	if err != nil {
		return err
	}
	ds, err := differences(a, rows, -1)
	if err != nil {
		return err
	}
	return evaluate.WriteComparison(w, fmt.Sprintf("**%s: against an annotator**, each reference cut to the budget and scored against the others (R1 %.2f), document by document (F1 x100)", title, a.R1), ds)
}

func parseGroupings(s string) ([]evaluate.Grouping, error) {
	var out []evaluate.Grouping
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		g, err := evaluate.SelectGrouping(n)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

// modelSystem reads NAME=FILE.json into a system.
func modelSystem(nv string) (evaluate.System, error) {
	name, file, ok := strings.Cut(nv, "=")
	if !ok || name == "" {
		return evaluate.System{}, fmt.Errorf("evaluate: -model wants NAME=FILE.json, got %q", nv)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return evaluate.System{}, fmt.Errorf("evaluate: -model: %w", err)
	}
	var m summarize.Model
	if err := json.Unmarshal(b, &m); err != nil {
		return evaluate.System{}, fmt.Errorf("evaluate: -model %s: %w", file, err)
	}
	return evaluate.SummarizerSystem(name, summarize.Summarizer{Model: &m}), nil
}

func writeResults(w io.Writer, corpus string, rows []evaluate.Row) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, row := range rows {
		for _, r := range row.Results {
			if err := enc.Encode(struct {
				Corpus string `json:"corpus"`
				evaluate.Result
			}{corpus, r}); err != nil {
				return err
			}
		}
	}
	return nil
}

func parseTasks(s string) ([]evaluate.Task, error) {
	var out []evaluate.Task
	for _, t := range strings.Split(s, ",") {
		switch strings.ToUpper(strings.TrimSpace(t)) {
		case "A":
			out = append(out, evaluate.TaskA)
		case "B":
			out = append(out, evaluate.TaskB)
		default:
			return nil, fmt.Errorf("evaluate: unknown task %q: use A, B or A,B", t)
		}
	}
	return out, nil
}

func parseInts(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		var n int
		if _, err := fmt.Sscan(strings.TrimSpace(f), &n); err != nil || n <= 0 {
			return nil, fmt.Errorf("evaluate: -budgets wants positive whole numbers, got %q", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// bar is a progress bar on a terminal, and nothing elsewhere.
type bar struct{ pb *progressbar.ProgressBar }

func progress(w io.Writer, total int, what string) bar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return bar{}
	}
	return bar{progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100_000_000),
		progressbar.OptionClearOnFinish())}
}

func (b bar) tick() {
	if b.pb != nil {
		_ = b.pb.Add(1)
	}
}

func (b bar) done() {
	if b.pb != nil {
		_ = b.pb.Finish()
	}
}

// titledAsCLI is asCLI for a render that puts the document's title in
// (a headline, a subject); the title stays beside the text too.
func titledAsCLI(render func(title, text string) string) func(evaluate.Document) evaluate.Document {
	return func(d evaluate.Document) evaluate.Document {
		d.Text = asCLI(func(text string) string { return render(d.Title, text) })(d.Text)
		return d
	}
}

// asCLIWithTitle returns render followed by what the summarize command
// does with a file of one article, its title the article's own, as the
// file gives it (a page's, with the site's name), not the document's.
func asCLIWithTitle(render func(title, text string) string) func(evaluate.Document) evaluate.Document {
	return func(d evaluate.Document) evaluate.Document {
		a := cliArticle(render(d.Title, d.Text))
		d.Text, d.Title = a.Text, a.Title
		return d
	}
}

// asCLI returns render followed by what the summarize command does with a
// file (Summarizer.Articles): a .docx is its text, subtitles their spoken
// text, JSON or a feed of one article that article's text (its title is the
// document's, given beside); any other text is summarized as it is.
func asCLI(render func(string) string) func(string) string {
	return func(text string) string { return cliArticle(render(text)).Text }
}

// cliArticle returns the one article the summarize command takes out of a
// file (Summarizer.Articles), or the text itself, untitled, when it takes
// out none or several.
func cliArticle(text string) tokenize.Article {
	if articles, err := (&summarize.Summarizer{}).Articles(text); err == nil && len(articles) == 1 {
		return articles[0]
	}
	return tokenize.Article{Text: text}
}
