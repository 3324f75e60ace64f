package tokenize

import "hash/maphash"

// Lexicon numbers the distinct terms of one document 0, 1, 2, … in the
// order they first appear, and remembers the term of every word it has
// met. A word that comes again, as most words of a text do, then costs one
// map lookup instead of the stop-word tests, the stemmer and a new string,
// and the ranking that follows compares small integers instead of hashing
// strings.
//
// With DefaultStemmer or LightStemmer, an Arabic word is stemmed as bytes
// and its term kept in the Lexicon's own byte array: no string is made for
// it until Terms is called.
//
// A Lexicon is meant for one document, or for one part of it; it is not
// safe for concurrent use. The zero value is an empty Lexicon that stems
// with DefaultStemmer, as NewLexicon(nil) returns.
type Lexicon struct {
	st    Stemmer
	light bool      // st stems Arabic words with LightStemmer, so they can be stemmed as bytes
	words wordTable // normalized word → term id, or -1: no term
	ids   wordTable // term → id
	ends  []int32   // id → where the term ends in ids.words, which holds the terms in id order
	terms []string  // id → term, made by Terms
	buf   []byte
}

// NewLexicon returns an empty Lexicon whose terms are stemmed by st
// (DefaultStemmer when st is nil).
func NewLexicon(st Stemmer) *Lexicon {
	l := &Lexicon{}
	l.Reset(st)
	return l
}

// Stemmer returns the stemmer of l.
func (l *Lexicon) Stemmer() Stemmer {
	if l.st == nil {
		return DefaultStemmer{} // the zero value's
	}
	return l.st
}

// Size returns the number of distinct words l has met.
func (l *Lexicon) Size() int { return l.words.n }

// Reset empties l for another document, keeping its memory, and sets its
// stemmer (DefaultStemmer when st is nil). Ids start from 0 again.
func (l *Lexicon) Reset(st Stemmer) {
	if st == nil {
		st = DefaultStemmer{}
	}
	l.st = st
	switch st.(type) {
	case DefaultStemmer, LightStemmer:
		l.light = true
	default:
		l.light = false
	}
	l.words.reset()
	l.ids.reset()
	l.ends = l.ends[:0]
	clear(l.terms) // let the strings go
	l.terms = l.terms[:0]
}

// Reserve makes room for about n distinct words, so that a Lexicon whose
// size is known roughly in advance does not grow step by step.
func (l *Lexicon) Reserve(n int) {
	l.words.reserve(n)
	l.ids.reserve(n / 2) // a term stands for two words or more, on average
}

// AppendTerms appends the ids of the terms of text to dst, the terms that
// Terms returns, in the same order, and returns the number of words in
// text, stop words included, as the package function AppendTerms does.
func (l *Lexicon) AppendTerms(dst []int, text string) ([]int, int) {
	dst, words, _ := l.AppendTermsSum(dst, text)
	return dst, words
}

// AppendTermsSum is AppendTerms that also returns a checksum of the
// normalized words of text, stop words and numbers included, in their
// order: texts whose normalized words are the same have the same sum, in
// any Lexicon of the process, so texts whose sums differ differ in their
// words. It finds repeated sentences in the pass that finds their terms,
// where equal terms would also pair sentences that differ only in stop
// words or numbers. Equal sums do not prove equal words, and the sums
// change from process to process (the word hash is seeded): compare the
// words of texts whose sums are equal, and never store a sum.
func (l *Lexicon) AppendTermsSum(dst []int, text string) ([]int, int, uint64) {
	var words int
	sum := uint64(sumStart)
	words, l.buf = foldWords(text, l.buf, func(w []byte) {
		h := maphash.Bytes(seed, w)
		sum = (sum ^ h) * sumPrime
		id, ok := find(&l.words, w, h)
		if !ok {
			id = l.termID(w)
			add(&l.words, w, h, id)
		}
		if id >= 0 {
			dst = append(dst, id)
		}
	})
	return dst, words, sum
}

// The FNV-1a constants, here mixing word hashes, so that the order of the
// words counts.
const (
	sumStart = 14695981039346656037
	sumPrime = 1099511628211
)

// termID returns the id of the term of the normalized word w, or -1 when
// it has none (a stop word, a single letter, or a word the stemmer
// empties).
func (l *Lexicon) termID(w []byte) int {
	if l.st == nil {
		l.st, l.light = DefaultStemmer{}, true // the zero value's; its tables are empty already
	}
	if l.light && arabic(w) {
		// As term does, with LightStemmer on the bytes.
		if !arabicHasTerm(w) {
			return -1
		}
		t := lightStem(w)
		if len(t) == 0 {
			return -1
		}
		return id(l, t, maphash.Bytes(seed, t))
	}
	t, ok := term(w, l.st)
	if !ok {
		return -1
	}
	return l.ID(t)
}

// ID returns the id of term, numbering it if it is new.
func (l *Lexicon) ID(term string) int {
	return id(l, term, maphash.String(seed, term))
}

// id is ID for a term held as a string or as bytes, whose hash is h
// (maphash gives bytes and a string of the same content the same hash).
func id[K string | []byte](l *Lexicon, term K, h uint64) int {
	id, ok := find(&l.ids, term, h)
	if !ok {
		id = len(l.ends)
		add(&l.ids, term, h, id)
		l.ends = append(l.ends, int32(len(l.ids.words)))
	}
	return id
}

// Terms returns the terms by id: Terms()[id] is the term numbered id. The
// slice belongs to the Lexicon and holds until Reset (copy it to keep it
// longer; the strings themselves never change). The strings are made on
// the first call for the terms added since: one string for all of them,
// sliced.
func (l *Lexicon) Terms() []string {
	if len(l.terms) < len(l.ends) {
		first := int32(0)
		if len(l.terms) > 0 {
			first = l.ends[len(l.terms)-1]
		}
		all := string(l.ids.words[first:])
		from := first
		for _, end := range l.ends[len(l.terms):] {
			l.terms = append(l.terms, all[from-first:end-first])
			from = end
		}
	}
	return l.terms
}

// seed is the hash seed of every wordTable. Hashes decide where words are
// stored, never what a lookup returns, so a seed that differs from run to
// run cannot change a result.
var seed = maphash.MakeSeed()

// wordTable maps words to ids. It does what a map[string]int would, but
// keeps all the words in one byte array, so that adding a word does not
// allocate a string for it: a text has about as many distinct words as
// it has sentences times ten, and a map's keys were the larger part of
// the allocations of a short text.
type wordTable struct {
	slots []wordSlot // open addressing, linear probing; the size is a power of two
	words []byte     // the words, one after the other
	n     int
	// gen marks the slots in use: those whose gen is the table's. Reset
	// moves to the next generation instead of clearing the slots, so that a
	// pooled table that once held a book costs a short text nothing.
	gen uint32
}

type wordSlot struct {
	hash     uint64
	off, len int32
	id       int32
	gen      uint32
}

// find returns the id stored in t for w, whose hash is h.
func find[K string | []byte](t *wordTable, w K, h uint64) (int, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen {
			return 0, false
		}
		if s.hash == h && string(t.words[s.off:s.off+s.len]) == string(w) {
			return int(s.id), true
		}
	}
}

// add stores id in t for w, whose hash is h and which find did not find.
func add[K string | []byte](t *wordTable, w K, h uint64, id int) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	off := len(t.words)
	t.words = append(t.words, w...)
	t.put(wordSlot{hash: h, off: int32(off), len: int32(len(w)), id: int32(id), gen: t.gen})
	t.n++
}

func (t *wordTable) put(s wordSlot) {
	mask := uint64(len(t.slots) - 1)
	i := s.hash & mask
	for t.slots[i].gen == t.gen {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

func (t *wordTable) reset() {
	t.gen++
	if t.gen == 0 { // after 2³² resets: the old marks could come back
		clear(t.slots)
		t.gen = 1
	}
	t.words = t.words[:0]
	t.n = 0
}

// reserve makes room for n words without growing.
func (t *wordTable) reserve(n int) {
	for 2*n > len(t.slots) {
		t.grow()
	}
}

// grow doubles the table, keeping it at most half full.
func (t *wordTable) grow() {
	if t.gen == 0 {
		t.gen = 1 // a new table: its zero slots are free
	}
	old := t.slots
	t.slots = make([]wordSlot, max(256, 2*len(old)))
	for _, s := range old {
		if s.gen == t.gen {
			t.put(s)
		}
	}
}
