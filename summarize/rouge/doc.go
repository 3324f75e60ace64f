// Package rouge scores summaries with ROUGE-1, ROUGE-2 and ROUGE-L, with
// a tokenizer that keeps Arabic (the best-known Python scorer keeps only
// a-z0-9 and so scores every Arabic pair 0).
//
// # Protocol
//
// The protocol of talkhis's evaluations, so that figures compare:
//   - Tokens (see Tokens): NFKC; Arabic diacritics, Quranic marks and
//     tatweel removed; hamza and alef variants, alef maqsura, teh marbuta
//     folded; Arabic-Indic digits to ASCII; lower case. No stemming, no stop
//     words. Punctuation is never part of a token («الأزمة،» is «الازمه»).
//   - ROUGE-N counts shared n-grams, each clipped to its count in the
//     reference: precision over the candidate's n-grams, recall over the
//     reference's, F1 their harmonic mean.
//   - ROUGE-L uses the longest common subsequence of the two token
//     sequences taken whole (not the union-LCS "summary-level" variant).
//   - Several references: each measure is averaged over the references.
//     Corpus figures are then averaged over documents and shown as F1 x100.
//   - A length budget (Task B) truncates the candidate to its first
//     MaxTokens tokens before scoring.
//
// Scorer.Stem is an option for analysis only; it is never the default.
//
// Scorer.Unigrams tokenizes references once for the ROUGE-1 F1 of many
// candidates against them (the oracles of package evaluate), with the
// same figures as Score. Scorer.HeldOut scores several references against
// one another, each as a candidate against the others: how far their
// authors agree.
package rouge
