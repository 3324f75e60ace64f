// Package rank scores the sentences of a document by their centrality,
// the second stage of talkhis: tokenize → rank → summarize.
//
// # Pipeline
//
// TFIDF turns each sentence's terms into a sparse, L2-normalized TF-IDF
// vector (IDF over the document's sentences, or from a background corpus
// through IDF); TFIDFByID does the same for terms numbered by a
// tokenize.Lexicon. Similarity builds the cosine similarity graph as a
// gonum mat.SymDense; TextRank runs a weighted power iteration with
// damping and an optional prior (personalization) vector; Order sorts the
// scores. Centrality switches to SparseSimilarity's graph (each sentence's
// 20 nearest, found through an inverted index) above DenseLimit sentences,
// so long documents cost linear time; its rows are shared among the cores.
// Centroid sums the vectors into the document's direction; a Lookup holds
// one long vector (the centroid holds every term) for dot products with
// many others, at the cost of each other's length, with Dot's bits. The
// functions that take a context check it as they go, to stop long work; a
// nil one is taken as context.Background().
//
// # Determinism
//
// The iteration starts from the uniform vector and sums in a fixed order,
// so the same input gives the same scores. gonum's network.PageRank is not
// used because it starts from a random vector. Arithmetic is pinned to the
// bit: every product is rounded apart from the sum it goes into (Go may
// otherwise fuse a*b+c into one instruction on arm64 and other machines),
// the dense walk is a loop of ours rather than gonum's MulVec (assembly on
// amd64, summing in another order), and logarithms come from Log rather
// than math.Log (assembly on amd64, Go code elsewhere). So scores have the
// same bits on every machine; CI checks arm64, ppc64le, s390x and riscv64
// under qemu, and amd64 built for v3 (FMA), against amd64. Order treats
// scores equal in 40 significant bits as ties and breaks them by sentence
// index all the same.
package rank
