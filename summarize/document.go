package summarize

import (
	"context"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"

	"github.com/talkhis/talkhis/rank"
	"github.com/talkhis/talkhis/tokenize"
)

// document is one text analyzed for ranking. Only sentences that can be
// extracted are kept: headings and repeats of an earlier sentence are not.
type document struct {
	text       string
	title      string
	titleTerms []int
	sents      []tokenize.Sentence
	index      []int   // position among all sentences of the text, repeats counted
	headings   bool    // some line was a heading: says why a text may have no sentence
	terms      [][]int // term ids of lex, handed over to the vectors by vectorize
	lex        *tokenize.Lexicon
	words      []int
	nAll       int // sentences in the text, repeats counted, headings not
	vecs       []rank.Vector
	titleVec   rank.Vector
	numbers    []uint64 // a bit for each term id that is a number; nil when no term is (see otherNumbers)
	middles    []uint8  // see quoteMiddles; a line's marks are made when one of its sentences is first asked about
}

func analyze(ctx context.Context, text string, cfg Summarizer) (*document, error) {
	d := &document{text: text, title: cfg.Title, lex: newLexicon(cfg.Stemmer)}
	// The line a text opens with may be its headline by its shape and
	// place (an article copied with it), or by reading as the title given
	// (see Summarizer.Title): a heading, and the title when none is given.
	// The story's first sentence starts after a wire's dateline, which is
	// no part of the lead, nor of its terms.
	sentences, headline := tokenize.HeadedSentences(text, d.title)
	body := make([]tokenize.Sentence, 0, len(sentences))
	for _, s := range sentences {
		if !s.Heading {
			body = append(body, s)
			continue
		}
		d.headings = true
	}
	// A title taken from the text is shown as it reads: a page's headline
	// came with its entities and tags («&#34;النمر الأسود&#34;»).
	switch {
	case d.title != "":
	case headline >= 0:
		// after a site's name or a menu, which are headings too
		d.title = tokenize.Plain(sentences[headline].In(text))
	case d.headings:
		sp, _ := tokenize.Headline(text, sentences)
		d.title = tokenize.Plain(sp.In(text))
	}
	terms, words, sums, err := d.termsOf(ctx, body)
	if err != nil {
		return nil, err
	}
	if slices.ContainsFunc(words, func(n int) bool { return n > tokenize.MaxSentenceWords }) {
		if body, terms, words, sums, err = d.cutLong(ctx, body, terms, words, sums); err != nil {
			return nil, err
		}
	}
	d.nAll = len(body)
	d.sents = make([]tokenize.Sentence, 0, len(body))
	d.index = make([]int, 0, len(body))
	d.words = make([]int, 0, len(body))
	d.terms = make([][]int, 0, len(body))

	// Two sentences that read the same once normalized are one sentence:
	// the summary never holds both. Equal sums of their normalized words,
	// which the term pass gives, find the candidates; the normalized words
	// decide. (Equal terms would also pair sentences that differ only in
	// numbers or stop words, a text's numbered lines or a table's rows,
	// and fold all their words again to tell them apart.) seen maps the
	// sum of each kept sentence to its index, or to -1 once normal holds
	// the normalized words of that group. Equal sums of different words
	// only cost a comparison.
	seen := make(map[uint64]int, len(body))
	normal := make(map[string]bool)
	for k, s := range body {
		key := sums[k]
		if first, ok := seen[key]; ok {
			// Each sentence is normalized once at most: the first of a
			// group when the group gets its second member, the others as
			// they come. The cost stays linear however large the group.
			if first >= 0 {
				normal[normalWords(d.sents[first].In(text))] = true
				seen[key] = -1
			}
			w := normalWords(s.In(text))
			if normal[w] {
				continue
			}
			normal[w] = true
		} else {
			seen[key] = len(d.sents)
		}
		d.sents = append(d.sents, s)
		d.index = append(d.index, k)
		d.words = append(d.words, words[k])
		d.terms = append(d.terms, terms[k])
	}
	if d.title != "" {
		d.titleTerms, _ = d.lex.AppendTerms(nil, d.title)
	}
	return d, nil
}

// cutLong cuts the units of more than tokenize.MaxSentenceWords words into
// pieces (tokenize.AppendPieces) and finds the terms of the pieces, so that
// the vectors and sums are theirs; the other units keep what termsOf gave
// them. Text without sentence punctuation is one unit a line until here;
// punctuated text comes here only for a sentence of more than 80 words (55
// of the 58,511 units of the dev corpora). The Lexicon already numbers
// every term in the order of first use, which the pieces keep, so the ids
// are those a pass over the pieces in the first place would have given.
func (d *document) cutLong(ctx context.Context, body []tokenize.Sentence, terms [][]int, words []int, sums []uint64) ([]tokenize.Sentence, [][]int, []int, []uint64, error) {
	cut := make([]tokenize.Sentence, 0, len(body))
	cTerms := make([][]int, 0, len(body))
	cWords := make([]int, 0, len(body))
	cSums := make([]uint64, 0, len(body))
	var all []int // the pieces' term ids, each piece's a capped slice of it
	for k, s := range body {
		if words[k] <= tokenize.MaxSentenceWords {
			cut, cTerms = append(cut, s), append(cTerms, terms[k])
			cWords, cSums = append(cWords, words[k]), append(cSums, sums[k])
			continue
		}
		from := len(cut)
		cut = tokenize.AppendPieces(cut, d.text, s)
		for i, p := range cut[from:] {
			if i%256 == 255 {
				if err := ctx.Err(); err != nil {
					return nil, nil, nil, nil, err
				}
			}
			at := len(all)
			var n int
			var sum uint64
			all, n, sum = d.lex.AppendTermsSum(all, p.In(d.text))
			cTerms = append(cTerms, all[at:len(all):len(all)])
			cWords, cSums = append(cWords, n), append(cSums, sum)
		}
	}
	return cut, cTerms, cWords, cSums, ctx.Err()
}

// parallelBytes is the shortest text whose terms are found by several
// goroutines, one share of the sentences each.
const parallelBytes = 32 << 10

// termsOf returns the term ids of each sentence in d's Lexicon, the
// number of words in each and the sum of its normalized words
// (Lexicon.AppendTermsSum). A long text is shared out among the cores: each
// share gets a Lexicon of its own, whose ids are then renamed into d's in
// share order, so the ids are the ones a single pass would have given.
func (d *document) termsOf(ctx context.Context, sents []tokenize.Sentence) ([][]int, []int, []uint64, error) {
	terms := make([][]int, len(sents))
	words := make([]int, len(sents))
	sums := make([]uint64, len(sents))
	shares := 1
	if len(d.text) >= parallelBytes {
		shares = max(1, min(runtime.GOMAXPROCS(0), len(sents)/64))
	}
	lexs := make([]*tokenize.Lexicon, shares)
	lexs[0] = d.lex
	bounds := func(k int) (lo, hi int) { return k * len(sents) / shares, (k + 1) * len(sents) / shares }
	share := func(k int) error {
		lo, hi := bounds(k)
		if k > 0 {
			lexs[k] = newLexicon(d.lex.Stemmer())
		}
		lex := lexs[k]
		// A word is about 12 bytes of Arabic text and most words of a
		// short text are distinct; a long text repeats its words and grows
		// the Lexicon past this when it must.
		lex.Reserve(min(len(d.text)/12/shares, 512))
		// The term ids of the share's sentences share one array: each
		// sentence's are a slice of it, capped so that later appends go
		// past it. News has at most about one term in every 12 bytes: room
		// for that many spares the copying as all grows, and room a text
		// leaves unused is memory never touched.
		var all []int
		if hi > lo {
			all = make([]int, 0, (sents[hi-1].End-sents[lo].Start)/12+16)
		}
		for i := lo; i < hi; i++ {
			if (i-lo)%256 == 255 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			from := len(all)
			all, words[i], sums[i] = lex.AppendTermsSum(all, sents[i].In(d.text))
			terms[i] = all[from:len(all):len(all)]
		}
		return nil
	}
	if shares == 1 {
		// a short text: no goroutine to start and wait for
		if err := share(0); err != nil {
			return nil, nil, nil, err
		}
		return terms, words, sums, ctx.Err()
	}
	var g errgroup.Group
	for k := range shares {
		g.Go(func() error { return share(k) })
	}
	if err := g.Wait(); err != nil {
		return nil, nil, nil, err
	}
	for k := 1; k < shares; k++ {
		rename := make([]int, len(lexs[k].Terms()))
		for id, t := range lexs[k].Terms() {
			rename[id] = d.lex.ID(t)
		}
		lo, hi := bounds(k)
		for i := lo; i < hi; i++ {
			for j, id := range terms[i] {
				terms[i][j] = rename[id]
			}
		}
		release(lexs[k])
	}
	return terms, words, sums, ctx.Err()
}

// lexicons keeps Lexicons between documents: their tables are the
// larger part of the memory that a short text needs.
var lexicons = sync.Pool{New: func() any { return tokenize.NewLexicon(nil) }}

func newLexicon(st tokenize.Stemmer) *tokenize.Lexicon {
	lex := lexicons.Get().(*tokenize.Lexicon)
	lex.Reset(st)
	return lex
}

// release gives a Lexicon back for another document.
func release(lex *tokenize.Lexicon) {
	if lex.Size() <= 1<<15 { // a book's lexicon is not worth keeping
		lexicons.Put(lex)
	}
}

// normalWords returns the normalized words of s, one space after each.
func normalWords(s string) string {
	return string(tokenize.AppendNormalWords(nil, s))
}

// vectorize computes the TF-IDF vectors of the sentences and the title.
func (d *document) vectorize(cfg Summarizer) {
	n := len(d.sents)
	all := append(slices.Clip(d.terms), d.titleTerms)
	terms := d.lex.Terms()
	vecs := rank.TFIDFByID(all, terms, cfg.IDF)
	d.vecs, d.titleVec = vecs[:n], vecs[n]
	// Terms are normalized, so a number's digits are ASCII ones whatever
	// script the text wrote them in.
	for id, t := range terms {
		if t[0] >= '0' && t[0] <= '9' {
			if d.numbers == nil {
				d.numbers = make([]uint64, (len(terms)+63)/64)
			}
			d.numbers[id/64] |= 1 << (id % 64)
		}
	}
	release(d.lex) // the vectors hold all that is needed of the terms now
	d.lex = nil
}

// score returns one score per kept sentence, higher for better.
func (d *document) score(ctx context.Context, cfg Summarizer) ([]float64, error) {
	d.vectorize(cfg)
	scores := make([]float64, len(d.sents))
	switch cfg.Method {
	case Lead:
		for i := range scores {
			scores[i] = 1 / float64(d.index[i]+1)
		}
		return scores, nil
	case TextRank:
		return rank.Centrality(ctx, d.vecs, rank.Params{})
	}
	feats, err := d.features(ctx)
	if err != nil {
		return nil, err
	}
	m := cfg.Model
	if m == nil {
		m = &DefaultModel
	}
	for i := range scores {
		scores[i] = m.Score(&feats[i])
	}
	return scores, nil
}

// redundant is the cosine similarity from which a candidate repeats a
// sentence already chosen. News often says its lead again further down in
// other words, as the quotation it came from («وقال الوزير إن…»), at a
// cosine of 0.5 to 0.7 with it. At 0.7 such restatements came back in the
// dev summaries. At 0.5 most of the summaries that change drop one; the
// rest drop a sentence that shares a name or a film title with one taken
// but adds a fact, for another sentence of the story. Lower, the second
// kind grows.
const redundant = 0.5

// pick chooses sentences in score order under the budget and returns them
// in document order.
func (d *document) pick(scores []float64, cfg Summarizer) Summary {
	limit := cfg.MaxSentences
	if cfg.Ratio > 0 {
		limit = min(limit, max(1, int(math.Ceil(cfg.Ratio*float64(d.nAll)))))
	}
	order := rank.Order(scores)
	var room [8]int // a summary is a few sentences: no growing chosen
	chosen := room[:0]
	words := 0
	full := func() bool { return len(chosen) == limit || (cfg.MaxWords > 0 && words >= cfg.MaxWords) }
	// Half a sentence past the target ends nearer to it than leaving the
	// sentence out would. The best sentence is taken whatever its length:
	// a lead starts with it, and one that runs past the target beats a
	// worse sentence that fits.
	// endsNear tells whether n more words, of which the longest sentence
	// has longest, end within half of that sentence past the target.
	// (Halved rather than the overrun doubled, which overflowed for a
	// MaxWords near math.MaxInt: the same for any count of words.)
	endsNear := func(n, longest int) bool {
		return cfg.MaxWords <= 0 || words+n-cfg.MaxWords <= longest/2
	}
	runsPast := func(i int) bool {
		return !cfg.Fill && len(chosen) > 0 && !endsNear(d.words[i], d.words[i])
	}
	// pairFits tells whether sentences i and j fit together: they end
	// within half of the longer one past the target, and with Fill the
	// shorter one begins under it, so that a pair keeps the promise a
	// single sentence keeps.
	pairFits := func(i, j int) bool {
		a, b := d.words[i], d.words[j]
		if cfg.Fill {
			return cfg.MaxWords <= 0 || words+min(a, b) < cfg.MaxWords
		}
		return endsNear(a+b, max(a, b))
	}
	// pairRoom tells whether the sentence f, which a sentence needs after
	// it besides the one before it (then, see needs), may come in with it:
	// f exists, is no repeat, and the summary has room for two more.
	pairRoom := func(f int) bool {
		return f != nowhere && len(chosen)+2 <= limit && !d.repeats(f, chosen)
	}
	take := func(i int) {
		chosen = append(chosen, i)
		words += d.words[i]
	}
	// waiting maps each sentence passed over because the neighbour it
	// needs (see needs) was not chosen, or not yet, to what it needs.
	type need struct{ on, then int }
	var waiting map[int]need
	greeted := -1 // the best greeting passed over (see greets)
	asked := -1   // the best of the interviewer's questions passed over
	// interview tells whether sentence i is one of an interviewer's
	// questions (see askedLine) in a text of two of them at least,
	// counted when the first is met.
	questions := -1
	interview := func(i int) bool {
		if !d.askedLine(i) {
			return false
		}
		if questions < 0 {
			questions = 0
			for k := range d.sents {
				if (k == 0 || d.sents[k-1].Line != d.sents[k].Line) && d.askedLine(k) {
					questions++
				}
			}
		}
		return questions >= 2
	}
	// wordy: some sentence has a letter (see tokenize.HasLetter), so that
	// one without is passed over. arabic > 0: most of the words are in
	// sentences whose first letter is Arabic, so that a sentence without
	// an Arabic letter is passed over too. (Counted by words, a story
	// outweighs a page's few short lines in English; by the first letter,
	// a text in another language that quotes an Arabic word is summarized
	// as any text.) One pass reads both (tokenize.OpensArabic).
	wordy, arabic := false, 0
	for k, s := range d.sents {
		switch letter, ar := tokenize.OpensArabic(s.In(d.text)); {
		case ar:
			wordy, arabic = true, arabic+d.words[k]
		case letter:
			wordy, arabic = true, arabic-d.words[k]
		}
	}
	bare := -1 // the best sentence without a letter, cut off, or foreign, passed over
	// takeWithWaiting takes the first sentences (one, or two that need
	// each other), then the sentences that waited for them, beside them,
	// and those that waited for those, each while it fits;
	// one that does not is left out, and does not end the summary, since
	// it was not next in rank.
	takeWithWaiting := func(first ...int) {
		for _, i := range first {
			take(i)
		}
		if len(waiting) == 0 {
			return
		}
		for next := first; len(next) > 0; {
			j := next[len(next)-1]
			next = next[:len(next)-1]
			for _, k := range [2]int{j - 1, j + 1} {
				w, ok := waiting[k]
				if !ok || w.on != j || full() || d.repeats(k, chosen) {
					continue
				}
				// One that also needs the sentence after it comes
				// with that one, or stays out.
				if f := w.then; f != standsAlone && !slices.Contains(chosen, f) {
					if !pairRoom(f) || !pairFits(k, f) {
						continue
					}
					delete(waiting, k)
					delete(waiting, f)
					take(k)
					take(f)
					next = append(next, k, f)
					continue
				}
				if !runsPast(k) {
					delete(waiting, k)
					take(k)
					next = append(next, k)
				}
			}
		}
	}
	// takePair takes sentence i with p, the sentence it needs or that
	// needs it, when the two have room and fit, and reports whether the
	// summary ends there: a pair without room is passed over, and one
	// that does not fit ends the summary as a sentence would, unless
	// nothing is chosen yet (a sentence that can come alone may still
	// open it) or with Fill (a lesser single sentence may still fill it).
	takePair := func(i, p int) (ends bool) {
		if !pairRoom(p) {
			return false
		}
		if !pairFits(i, p) {
			return len(chosen) > 0 && !cfg.Fill
		}
		delete(waiting, p)
		takeWithWaiting(i, p)
		return false
	}
	for _, i := range order {
		if full() {
			break // no sentence need be compared with the chosen ones
		}
		// A repeat is no candidate at all, so it is passed over before
		// its length is weighed: it must not end the summary. So is a
		// sentence already taken ahead of its turn, as the second of a
		// pair (a sentence without terms is no repeat of itself).
		if d.repeats(i, chosen) || slices.Contains(chosen, i) {
			continue
		}
		// Nor is a sentence without a letter, which says nothing, first or
		// not: a time split off a list of other stories' headlines by its
		// period («01:08 . أردوغان يعرض …», as a page's «latest news» has
		// it), a year that lost its sentence («2018.»). A text of nothing
		// else is summarized as any text, and a summary left empty without
		// it (its other sentences questions, or the reader's) has it.
		// Nor is one cut off after a word no sentence ends with («… وسط
		// مخاوف من...»): a teaser of another story above this one, a
		// paragraph a paywall cut. A feed's description cut so, alone, is
		// the summary all the same.
		// Nor, in an Arabic text, is one without an Arabic letter: a
		// page's widget in English («Like Loading...»), its copyright.
		if wordy && !tokenize.HasLetter(d.sents[i].In(d.text)) || tokenize.CutOff(d.sents[i].In(d.text)) ||
			arabic > 0 && !tokenize.HasArabic(d.sents[i].In(d.text)) {
			if bare < 0 {
				bare = i
			}
			continue
		}
		// News breaks its body with sub-headings phrased as questions
		// («من هو…؟», "who is…?"), and with the headlines of other
		// stories; a summary that took one would ask instead of tell, or
		// tell another story. The text's first sentence is its own
		// opening, whatever its shape.
		if i > 0 && (d.asks(i) || d.titleLine(i)) {
			continue
		}
		// Nor, in an interview, are the interviewer's questions («* ما
		// هي خطة الوزارة…؟»), even first: the answers are the news.
		if interview(i) {
			if asked < 0 {
				asked = i
			}
			continue
		}
		// A broadcast's transcript opens with the presenter's greeting
		// and ends with a goodbye, which tell no news, even first.
		if d.words[i] <= shortLineWords && greets(d.sents[i].In(d.text)) {
			if greeted < 0 {
				greeted = i
			}
			continue
		}
		j, then := d.needs(i)
		if j != standsAlone && !slices.Contains(chosen, j) {
			// Two sentences that need each other (a list's announcement
			// and its first item, «قال:» and the quotation) come together
			// when both fit (see takePair).
			if w, ok := waiting[j]; ok && w.on == i && !d.repeats(j, chosen) {
				if takePair(i, j) {
					break
				}
				continue
			}
			if waiting == nil {
				waiting = map[int]need{}
			}
			waiting[i] = need{j, then}
			continue
		}
		// The publisher's lines to the reader («ما هي الأسئلة التي تدور
		// بأذهانكم…؟», "what questions are on your minds…?"), and its calls
		// to follow, subscribe or read on («اشترك في نشرتنا…»), are not the
		// story, and, like a repeat, must not end the summary. Checked
		// after the cheaper tests, and on short sentences only, since it
		// reads every word.
		if i > 0 && d.words[i] <= shortLineWords && (addressesReader(d.sents[i].In(d.text)) || callsToAct(d.sents[i].In(d.text))) {
			continue
		}
		// Nor are its notes at the story's foot, its source, a disclaimer,
		// its rights («جميع الحقوق محفوظة…»), which may run longer.
		if i > 0 && i >= len(d.sents)-footNotes && d.words[i] <= 2*shortLineWords && publisherNote(d.sents[i].In(d.text)) {
			continue
		}
		// The sentence before it is taken. One that also needs the
		// sentence after it comes with that one, as a pair (takePair).
		if f := then; f != standsAlone && !slices.Contains(chosen, f) {
			if takePair(i, f) {
				break
			}
			continue
		}
		// The first sentence after the best that runs further than half
		// of itself past the target ends the summary rather than letting
		// a lesser sentence in for being short: on news that was a line of
		// background, reaction or quotation from further down, which the
		// publisher's summary leaves out.
		if runsPast(i) {
			break
		}
		// The text's first sentence may open a quotation and come alone
		// (see needs), but the sentence that ends the quotation comes
		// right beside it when it fits, as one that waited for it would:
		// a summary that opens a quotation and never closes it reads as
		// cut off.
		if i == 0 {
			if j, then := d.closesLead(); j != nowhere {
				if waiting == nil {
					waiting = map[int]need{}
				}
				waiting[j] = need{0, then}
			}
		}
		takeWithWaiting(i)
	}
	// When only waiting sentences were left (a pair that needs each other
	// but has no room for two), the best of them comes, with those that
	// wait for it: the summary is never empty for that. (Sentence 0 is
	// never a sub-heading or the reader's: when nothing was chosen, it or
	// the partner of its pair waits, or it is a greeting or has no
	// letter, taken below.)
	if len(chosen) == 0 {
		for _, i := range order {
			if _, ok := waiting[i]; ok {
				delete(waiting, i)
				takeWithWaiting(i)
				break
			}
		}
	}
	// A text of greetings alone has one.
	if len(chosen) == 0 && greeted >= 0 {
		takeWithWaiting(greeted)
	}
	if len(chosen) == 0 && asked >= 0 {
		takeWithWaiting(asked)
	}
	// Sentence 0, which is never passed over for its shape, may be
	// passed over for having no letter or for being cut off: the summary
	// is never empty for that either.
	if len(chosen) == 0 && bare >= 0 {
		takeWithWaiting(bare)
	}
	slices.Sort(chosen)
	sum := Summary{Title: d.title, Sentences: make([]Sentence, len(chosen))}
	for k, i := range chosen {
		s := d.sents[i]
		sum.Sentences[k] = Sentence{Text: s.In(d.text), Start: s.Start, End: s.End, Index: d.index[i], Score: scores[i]}
	}
	return sum
}

// repeats reports whether sentence i says again what one of chosen says:
// their cosine is redundant or more, or they differ in numbers alone.
func (d *document) repeats(i int, chosen []int) bool {
	for _, j := range chosen {
		if d.vecs[i].Dot(d.vecs[j]) >= redundant || d.otherNumbers(i, j) {
			return true
		}
	}
	return false
}

// otherNumbers reports whether sentences i and j have the same terms but
// for their numbers, and not the same numbers: a text's numbered lines, a
// table's rows written out, a figure given again for another year («ارتفعت
// الأسعار 15 في المئة في 2023.» and «… 18 … في 2024.»). Side by side in a
// summary they read as one sentence said twice, yet each number is a term
// of its own that few sentences share, weighed heavily: their cosine can
// be far under redundant (0.19 for «ارتفع المؤشر في الجلسة رقم 10.» and
// «… 11.» in a list of fifty such lines, 0.45 for the two years). Sentences
// that share no term but numbers are not caught: two figures alone are not
// the same sentence.
func (d *document) otherNumbers(i, j int) bool {
	if d.numbers == nil {
		return false
	}
	number := func(id int) bool { return d.numbers[id/64]&(1<<(id%64)) != 0 }
	a, b := d.vecs[i].Terms, d.vecs[j].Terms
	words, numbers := false, false // a word shared; a number not shared
	for len(a) > 0 || len(b) > 0 {
		switch {
		case len(a) > 0 && len(b) > 0 && a[0] == b[0]:
			words = words || !number(a[0])
			a, b = a[1:], b[1:]
		case len(b) == 0 || len(a) > 0 && a[0] < b[0]:
			if !number(a[0]) {
				return false
			}
			numbers, a = true, a[1:]
		default:
			if !number(b[0]) {
				return false
			}
			numbers, b = true, b[1:]
		}
	}
	return words && numbers
}

// standsAlone is what needs returns for a sentence that can come into a
// summary without its neighbours; nowhere, for one whose neighbour can
// never be chosen.
const (
	standsAlone = -1
	nowhere     = -2
)

// needs returns the sentence that sentence i cannot do without in a
// summary (on): the one before it, when its subject is there (leansBack),
// when i is an item of the list it announces (listItem), or when i ends a
// quotation that one began (quotation); or the one after it, when i ends
// with a colon that announces it («وجاءت النتائج كالتالي:», "the results
// were as follows:"), asks a short question that the next answers
// («لماذا؟», "why?"; see shortQuestionWords), or opens a quotation that
// the next ends. Only the very next sentence of the text will do
// (headings are not counted): when it was dropped as a repeat, or there
// is none, i needs what is nowhere. The text's first sentence has
// nothing before it and does not lean back; a quotation it opens, or a
// short question it asks, is the lead's, and it may come alone (the
// sentence that ends its quotation comes beside it when it fits; see
// closesLead and pick). The
// middle of a quotation of three sentences or more (quoteMiddles) needs
// what is nowhere, and so do the sentences that open and close it, which
// need their neighbour in it.
//
// A sentence that needs the one before it and also opens a quotation
// that it does not close («وأضاف: "…», "and he added: …") or ends with a
// colon is whole only between its two neighbours: then is the sentence
// after it, which comes with it once on is taken. For every other
// sentence then is standsAlone.
func (d *document) needs(i int) (on, then int) {
	text := d.sents[i].In(d.text)
	neighbour := func(j int) int {
		if j < 0 || j >= len(d.sents) || d.index[j]-d.index[i] != j-i {
			return nowhere
		}
		return j
	}
	if i > 0 {
		if d.quoteMiddle(i) {
			// It needs the sentences on both sides, and the quotation
			// they make has three or more: too long to be a summary's.
			return nowhere, standsAlone
		}
		back := leansBack(text) || listItem(text)
		opens, closes := quotation(text)
		switch {
		case back || closes:
			on = neighbour(i - 1)
			if on == i-1 && (opens || announces(text)) {
				return on, neighbour(i + 1)
			}
			return on, standsAlone
		case opens:
			return neighbour(i + 1), standsAlone
		}
	}
	if announces(text) {
		return neighbour(i + 1), standsAlone
	}
	if i > 0 && d.words[i] <= shortQuestionWords && tokenize.Question(text) {
		// A question after it is no answer but one more of a row of
		// them («كم يكلف؟ مئة دينار؟ ألف؟», "what does it cost? a
		// hundred dinars? a thousand?"), which only teases.
		j := neighbour(i + 1)
		if j != nowhere && tokenize.Question(d.sents[j].In(d.text)) {
			return nowhere, standsAlone
		}
		return j, standsAlone
	}
	return standsAlone, standsAlone
}

// closesLead returns the sentence that ends a quotation the text's first
// sentence opens, when it is the very next one, and the sentence that one
// needs after it besides the lead (its then; see needs); or nowhere.
func (d *document) closesLead() (j, then int) {
	if len(d.sents) < 2 || d.index[1] != d.index[0]+1 {
		return nowhere, standsAlone
	}
	if opens, _ := quotation(d.sents[0].In(d.text)); !opens {
		return nowhere, standsAlone
	}
	on, then := d.needs(1)
	if on != 0 {
		return nowhere, standsAlone
	}
	if _, closes := quotation(d.sents[1].In(d.text)); !closes {
		return nowhere, standsAlone
	}
	return 1, then
}

// shortQuestionWords bounds the questions that announce their answer, the
// sentence after them, as a colon does («لماذا؟», "why?"; «فما القصة؟»,
// "so what is the story?"; «ماذا بعد الاتفاق؟», "what after the deal?"):
// alone, they ask the reader instead of telling.
const shortQuestionWords = 4

// quoteMiddle reports whether sentence i is the middle of a quotation
// (see quoteMiddles). The marks of its line are made the first time one
// of the line's sentences is asked about: a summary asks about a few
// sentences, and scanning the whole text for quotation marks cost 3.4 %
// of a Summarize of the sample.
func (d *document) quoteMiddle(i int) bool {
	if d.middles == nil {
		d.middles = make([]uint8, len(d.sents))
	}
	if d.middles[i] == 0 {
		from, to := d.lineOf(i)
		quoteMiddles(d.text, d.sents[from:to], d.middles[from:to])
	}
	return d.middles[i] == middle
}

// lineOf returns the bounds of the sentences of sentence i's line: they
// are d.sents[from:to].
func (d *document) lineOf(i int) (from, to int) {
	from, to, line := i, i+1, d.sents[i].Line
	for from > 0 && d.sents[from-1].Line == line {
		from--
	}
	for to < len(d.sents) && d.sents[to].Line == line {
		to++
	}
	return from, to
}

// asks reports whether sentence i is part of a line of at most
// tokenize.MaxHeadingWords words that ends with a question: the shape of a
// sub-heading («من هو الوزير الجديد؟», "who is the new minister?"), or of
// another story's headline, whole or split by a period («الانتخابات في
// المدينة. ماذا بعد؟», "the election in the city. what next?"), which
// tokenize leaves among the sentences because it ends with a question
// mark. The walk along the line stops once it holds more words than that,
// so a text of one long line costs no more.
func (d *document) asks(i int) bool {
	line := d.sents[i].Line
	words, last := d.words[i], i
	for k := i - 1; k >= 0 && d.sents[k].Line == line && words <= tokenize.MaxHeadingWords; k-- {
		words += d.words[k]
	}
	for last+1 < len(d.sents) && d.sents[last+1].Line == line && words <= tokenize.MaxHeadingWords {
		last++
		words += d.words[last]
	}
	return words <= tokenize.MaxHeadingWords && tokenize.Question(d.sents[last].In(d.text))
}

// titleLine reports whether sentence i has the shape of a title: alone on
// its line, without final punctuation as tokenize's headings are
// (tokenize.Unpunctuated), in at most shortLineWords words, and not
// opening with و or ف ("and", which a body sentence that lost its period
// does, unless a colon early in the line follows no verb of saying: see
// colonHeadline). Such a line is longer than the headings tokenize
// sets aside, and in news it is another story's headline linked from this
// one («اقرأ أيضا: …», "read also: …"), a caption or a byline.
func (d *document) titleLine(i int) bool {
	if d.words[i] > shortLineWords || !d.aloneOnLine(i) {
		return false
	}
	text := d.sents[i].In(d.text)
	if !tokenize.Unpunctuated(text) {
		return false
	}
	for w := range tokenize.Words(text) {
		first := w.In(text)
		if strings.HasPrefix(first, "و") || strings.HasPrefix(first, "ف") {
			// «وزير الدفاع: …», «وثائق سرية: …», «فيلم "…": …»: a word
			// that only begins with the letter, in a headline that names
			// its speaker or subject before a colon.
			return colonHeadline(text)
		}
		return true
	}
	return false
}

// askedLine reports whether sentence i's line is an interviewer's
// question: every sentence of it asks, and it opens with a mark, as an
// interview sets its questions apart from the answers: a list's mark
// («* ما هي…؟», «■ متى…؟»), «س:» or «س/» ("q:"), or «سؤال:» ("question").
func (d *document) askedLine(i int) bool {
	if !tokenize.Question(d.sents[i].In(d.text)) {
		return false // most sentences, at once
	}
	first, to := d.lineOf(i)
	for _, s := range d.sents[first:to] {
		if !tokenize.Question(s.In(d.text)) {
			return false
		}
	}
	start := d.sents[first].Start
	// The mark alone before it, which tokenize leaves out of the sentence
	// (a list's, or the label «س:», «س/», «سـ -»): a live blog's time
	// before a dash («10:45 - هل…؟») stamps an entry, whatever it says.
	before := strings.TrimSpace(d.text[strings.LastIndexAny(d.text[:start], "\n\r")+1 : start])
	if r, n := utf8.DecodeRuneInString(before); n > 0 && n == len(before) && tokenize.ListMark(r) || tokenize.QuestionLabel(before) {
		return true
	}
	// «سؤال:», which stays in it.
	s := d.sents[first].In(d.text)
	return strings.HasPrefix(s, "سؤال:") || strings.HasPrefix(s, "سؤال :") || strings.HasPrefix(s, "السؤال:")
}

// aloneOnLine reports whether sentence i is the only one of its line.
func (d *document) aloneOnLine(i int) bool {
	line := d.sents[i].Line
	return (i == 0 || d.sents[i-1].Line != line) && (i+1 == len(d.sents) || d.sents[i+1].Line != line)
}
