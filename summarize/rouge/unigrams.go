package rouge

// NoReference is the id that Unigrams.IDs gives a token no reference holds.
const NoReference int32 = -1

// Unigrams holds references tokenized and counted once, for the ROUGE-1
// F1 of many candidates against the same references: an oracle that tries
// every sentence at every step would otherwise tokenize the references,
// and compute R2 and RL it does not need, thousands of times. Its scores
// are Score's R1 F1 to the last bit. It is safe for concurrent use.
type Unigrams struct {
	scorer Scorer
	ids    map[string]int32
	counts [][]int32 // counts[r][id]: how often the token id is in reference r
	lens   []int     // tokens in each reference
}

// Unigrams tokenizes and counts references for scoring many candidates
// with s.
func (s Scorer) Unigrams(references ...string) *Unigrams {
	u := &Unigrams{scorer: s, ids: map[string]int32{}, counts: make([][]int32, len(references)), lens: make([]int, len(references))}
	toks := make([][]string, len(references))
	for r, ref := range references {
		toks[r] = s.tokens(ref)
		u.lens[r] = len(toks[r])
		for _, t := range toks[r] {
			if _, ok := u.ids[t]; !ok {
				u.ids[t] = int32(len(u.ids))
			}
		}
	}
	for r := range references {
		u.counts[r] = make([]int32, len(u.ids))
		for _, t := range toks[r] {
			u.counts[r][u.ids[t]]++
		}
	}
	return u
}

// IDs returns the tokens of text as ids, NoReference for a token that no
// reference holds. The ids of texts joined by a space are the ids of each,
// one after the other, so a summary's ids can be put together from its
// sentences'.
func (u *Unigrams) IDs(text string) []int32 {
	toks := u.scorer.tokens(text)
	ids := make([]int32, len(toks))
	for i, t := range toks {
		id, ok := u.ids[t]
		if !ok {
			id = NoReference
		}
		ids[i] = id
	}
	return ids
}

// F1 returns the ROUGE-1 F1 of the candidate whose token ids are ids (cut
// to the Scorer's MaxTokens), averaged over the references, as Score does.
func (u *Unigrams) F1(ids []int32) float64 {
	if len(u.lens) == 0 {
		return 0
	}
	ids = truncate(ids, u.scorer.MaxTokens)
	cand := make([]int32, len(u.ids))
	for _, id := range ids {
		if id != NoReference {
			cand[id]++
		}
	}
	var f1 float64
	w := 1 / float64(len(u.lens))
	for r, counts := range u.counts {
		overlap := 0
		for id, c := range cand {
			overlap += int(min(c, counts[id]))
		}
		// The same arithmetic, in the same order, as Score's averaging.
		f1 += float64(w * newScore(overlap, len(ids), u.lens[r]).F1)
	}
	return f1
}
