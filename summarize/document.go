package summarize

import (
	"context"
	"math"
	"slices"
	"sync"

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
	terms      [][]int // term ids of lex
	lex        *tokenize.Lexicon
	words      []int
	nAll       int // sentences in the text, repeats counted, headings not
	vecs       []rank.Vector
	titleVec   rank.Vector
}

func analyze(ctx context.Context, text string, cfg Summarizer) (*document, error) {
	d := &document{text: text, title: cfg.Title, lex: newLexicon(cfg.Stemmer)}
	// A word is about 12 bytes of Arabic text and most words of a short
	// text are distinct; a long text repeats its words and grows the
	// lexicon past this when it must.
	d.lex.Reserve(min(len(text)/12, 512))
	sentences := tokenize.Sentences(text)
	// seen maps a hash of the terms of each kept sentence to its index, or
	// to -1 once normal holds the normalized words of that group. A hash
	// collision only costs a comparison of normalized words.
	seen := make(map[uint64]int, len(sentences))
	normal := make(map[string]bool)
	var all []int
	for k, s := range sentences {
		if k%256 == 255 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if s.Heading {
			if d.title == "" {
				d.title = s.In(text)
			}
			continue
		}
		n := d.nAll
		d.nAll++
		// The term ids of all sentences share one array: each sentence's
		// are a slice of it, capped so that later appends go past it.
		from := len(all)
		var words int
		all, words = d.lex.AppendTerms(all, s.In(text))
		terms := all[from:len(all):len(all)]
		// Two sentences that read the same once normalized are one
		// sentence: the summary never holds both. Equal terms in the same
		// order find the candidates cheaply; the normalized words decide.
		key := hashTerms(terms)
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
		d.index = append(d.index, n)
		d.words = append(d.words, words)
		d.terms = append(d.terms, terms)
	}
	if d.title != "" {
		d.titleTerms, _ = d.lex.AppendTerms(nil, d.title)
	}
	return d, nil
}

// lexicons keeps Lexicons between documents: their tables are the
// larger part of the memory that a short text needs.
var lexicons = sync.Pool{New: func() any { return tokenize.NewLexicon(nil) }}

func newLexicon(st tokenize.Stemmer) *tokenize.Lexicon {
	lex := lexicons.Get().(*tokenize.Lexicon)
	lex.Reset(st)
	return lex
}

// release gives the document's Lexicon back for another document. The
// document must not be used after.
func (d *document) release() {
	if d.lex.Size() <= 1<<15 { // a book's lexicon is not worth keeping
		lexicons.Put(d.lex)
	}
	d.lex = nil
}

// hashTerms is FNV-1a over the term ids, a byte at a time.
func hashTerms(terms []int) uint64 {
	h := uint64(14695981039346656037)
	for _, t := range terms {
		for ; t > 0xFF; t >>= 8 {
			h = (h ^ uint64(t&0xFF)) * 1099511628211
		}
		h = (h ^ uint64(t)) * 1099511628211
		h *= 1099511628211 // the separator: ids 1 and 256 hash apart
	}
	return h
}

// normalWords returns the normalized words of s, one space apart.
func normalWords(s string) string {
	var b []byte
	for w := range tokenize.Words(s) {
		b = tokenize.AppendNormalized(b, w.In(s))
		b = append(b, ' ')
	}
	return string(b)
}

// vectorize computes the TF-IDF vectors of the sentences and the title.
func (d *document) vectorize(cfg Summarizer) {
	n := len(d.sents)
	all := append(slices.Clip(d.terms), d.titleTerms)
	vecs := rank.TFIDFByID(all, d.lex.Terms(), cfg.IDF)
	d.vecs, d.titleVec = vecs[:n], vecs[n]
	d.release() // the vectors hold all that is needed of the terms now
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

// redundant is the cosine similarity above which a candidate repeats a
// sentence already chosen.
const redundant = 0.7

// pick chooses sentences in score order under the budget and returns them
// in document order.
func (d *document) pick(scores []float64, cfg Summarizer) Summary {
	limit := cfg.MaxSentences
	if cfg.Ratio > 0 {
		limit = min(limit, max(1, int(math.Ceil(cfg.Ratio*float64(d.nAll)))))
	}
	order := rank.Order(scores)
	var chosen []int
	words := 0
	for _, i := range order {
		if len(chosen) == limit {
			break
		}
		if cfg.MaxWords > 0 {
			if words >= cfg.MaxWords {
				break
			}
			// Half a sentence past the target ends nearer to it than
			// leaving the sentence out would.
			if 2*(words+d.words[i]-cfg.MaxWords) > d.words[i] {
				continue
			}
		}
		if d.repeats(i, chosen) {
			continue
		}
		chosen = append(chosen, i)
		words += d.words[i]
	}
	if len(chosen) == 0 {
		chosen = append(chosen, order[0])
	}
	slices.Sort(chosen)
	sum := Summary{Title: d.title, Sentences: make([]Sentence, len(chosen))}
	for k, i := range chosen {
		s := d.sents[i]
		sum.Sentences[k] = Sentence{Text: s.In(d.text), Start: s.Start, End: s.End, Index: d.index[i], Score: scores[i]}
	}
	return sum
}

func (d *document) repeats(i int, chosen []int) bool {
	for _, j := range chosen {
		if d.vecs[i].Dot(d.vecs[j]) >= redundant {
			return true
		}
	}
	return false
}
