package tokenize

import (
	"hash/maphash"
	"unicode/utf8"
)

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
// safe for concurrent use. The zero value is not ready: use NewLexicon.
type Lexicon struct {
	st    Stemmer
	light bool      // st stems Arabic words with LightStemmer, so they can be stemmed as bytes
	words wordTable // normalized word → term id, or -1: no term
	ids   wordTable // term → id
	spans []span    // id → the term's bytes in ids.words
	terms []string  // id → term, made by Terms
	buf   []byte
}

// span locates a term in a wordTable's byte array.
type span struct{ off, len int32 }

// NewLexicon returns an empty Lexicon whose terms are stemmed by st
// (DefaultStemmer when st is nil).
func NewLexicon(st Stemmer) *Lexicon {
	if st == nil {
		st = DefaultStemmer{}
	}
	l := &Lexicon{}
	l.Reset(st)
	return l
}

// Stemmer returns the stemmer of l.
func (l *Lexicon) Stemmer() Stemmer { return l.st }

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
	l.spans = l.spans[:0]
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
	var words int
	words, l.buf = foldWords(text, l.buf, func(w []byte) {
		h := maphash.Bytes(seed, w)
		id, ok := find(&l.words, w, h)
		if !ok {
			id = l.termID(w)
			add(&l.words, w, h, id)
		}
		if id >= 0 {
			dst = append(dst, id)
		}
	})
	return dst, words
}

// termID returns the id of the term of the normalized word w, or -1 when
// it has none (a stop word, a single letter, or a word the stemmer
// empties).
func (l *Lexicon) termID(w []byte) int {
	if l.light && len(w) >= 2 && w[0] >= 0xD8 && w[0] <= 0xDB {
		// Arabic, as term finds it, with LightStemmer on the bytes.
		if len(w) < 4 && utf8.RuneCount(w) < 2 || arabicStop(w) {
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
		id = len(l.spans)
		off := add(&l.ids, term, h, id)
		l.spans = append(l.spans, span{int32(off), int32(len(term))})
	}
	return id
}

// Terms returns the terms by id: Terms()[id] is the term numbered id. The
// slice belongs to the Lexicon and holds until Reset (copy it to keep it
// longer; the strings themselves never change). The strings are made on
// the first call for the terms added since: one string for all of them,
// sliced.
func (l *Lexicon) Terms() []string {
	if len(l.terms) < len(l.spans) {
		first := l.spans[len(l.terms)].off
		all := string(l.ids.words[first:])
		for _, sp := range l.spans[len(l.terms):] {
			l.terms = append(l.terms, all[sp.off-first:sp.off-first+sp.len])
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
}

type wordSlot struct {
	hash     uint64
	off, len int32
	id       int32
	used     bool
}

// find returns the id stored in t for w, whose hash is h.
func find[K string | []byte](t *wordTable, w K, h uint64) (int, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if !s.used {
			return 0, false
		}
		if s.hash == h && string(t.words[s.off:s.off+s.len]) == string(w) {
			return int(s.id), true
		}
	}
}

// add stores id in t for w, whose hash is h and which find did not find,
// and returns where w's bytes start in t.words.
func add[K string | []byte](t *wordTable, w K, h uint64, id int) int {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	off := len(t.words)
	t.words = append(t.words, w...)
	t.put(wordSlot{hash: h, off: int32(off), len: int32(len(w)), id: int32(id), used: true})
	t.n++
	return off
}

func (t *wordTable) put(s wordSlot) {
	mask := uint64(len(t.slots) - 1)
	i := s.hash & mask
	for t.slots[i].used {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

func (t *wordTable) reset() {
	clear(t.slots)
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
	old := t.slots
	t.slots = make([]wordSlot, max(256, 2*len(old)))
	for _, s := range old {
		if s.used {
			t.put(s)
		}
	}
}
