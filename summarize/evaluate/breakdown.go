package evaluate

import (
	"cmp"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/talkhis/talkhis/summarize/rouge"
)

// A Grouping sorts documents into groups, so that the scores can be read
// per kind of document: where a system gains, where it loses, and how
// much room an oracle leaves in each.
type Grouping struct {
	Name string
	// Of returns d's group: its name, and its order in a table (groups
	// are listed by order, then by name).
	Of func(d Document) (order int, name string)
}

// category is the first run of ASCII words that open with a lower-case
// letter, joined by hyphens: the section in the ids of both development
// corpora ("BB-middleEast-1-20180218", "001_art-and-music-01"), past an
// upper-case source tag and numbers.
var category = regexp.MustCompile(`[a-z][A-Za-z]*(?:-[a-z][A-Za-z]*)*`)

// Groupings are the groupings the evaluate program knows, by name:
// "category" (from the document id), "sentences" (the document's
// sentences, headings not counted) and "lead-words" (the protocol tokens
// of its first sentence).
func Groupings() []Grouping {
	return []Grouping{
		{Name: "category", Of: func(d Document) (int, string) {
			if c := category.FindString(d.ID); c != "" {
				return 0, c
			}
			return 1, "(none)"
		}},
		{Name: "sentences", Of: func(d Document) (int, string) {
			n := 0
			for _, s := range units(d) {
				if !s.Heading {
					n++
				}
			}
			return bucket(n, 5, 10, 20, 40)
		}},
		{Name: "lead-words", Of: func(d Document) (int, string) {
			for _, s := range units(d) {
				if !s.Heading {
					return bucket(len(rouge.Tokens(s.In(d.Text))), 9, 19, 29, 39)
				}
			}
			return bucket(0, 9, 19, 29, 39)
		}},
	}
}

// bucket places n among buckets whose upper bounds are tops: "≤t0",
// "t0+1–t1", …, "tk+1+".
func bucket(n int, tops ...int) (int, string) {
	for i, t := range tops {
		if n <= t {
			if i == 0 {
				return 0, fmt.Sprintf("≤%d", t)
			}
			return i, fmt.Sprintf("%d–%d", tops[i-1]+1, t)
		}
	}
	return len(tops), fmt.Sprintf("%d+", tops[len(tops)-1]+1)
}

// SelectGrouping returns the grouping of Groupings with the given name.
func SelectGrouping(name string) (Grouping, error) {
	var known []string
	for _, g := range Groupings() {
		if g.Name == name {
			return g, nil
		}
		known = append(known, g.Name)
	}
	return Grouping{}, fmt.Errorf("evaluate: unknown grouping %q; known: %s", name, strings.Join(known, ", "))
}

// Breakdown is the mean R1 of each system in each group of documents.
type Breakdown struct {
	By      string   // the grouping's name
	Systems []string // the systems, in the order of the rows given
	// Base is the system the others are compared with. ByGroup sets it to
	// the first; "" writes no differences.
	Base   string
	Groups []Group
}

// Group is one group of a Breakdown.
type Group struct {
	Name string
	Docs int
	R1   []float64 // mean R1 F1 x100 of each system, in Systems' order
}

// ByGroup splits the results of rows, which must come from one Run over
// docs, by g.
func ByGroup(docs []Document, rows []Row, g Grouping) (Breakdown, error) {
	b := Breakdown{By: g.Name}
	for _, r := range rows {
		if len(r.Results) != len(docs) {
			return b, fmt.Errorf("evaluate: %s has %d results for %d documents; break down the rows of one Run over the same documents", r.System, len(r.Results), len(docs))
		}
		for i, res := range r.Results {
			if res.ID != docs[i].ID {
				return b, fmt.Errorf("evaluate: %s: document %d is %q, but its result is for %q; break down the rows of one Run over the same documents", r.System, i+1, docs[i].ID, res.ID)
			}
		}
		b.Systems = append(b.Systems, r.System)
	}
	if len(rows) > 0 {
		b.Base = rows[0].System
	}
	// Each group with its place in the table, summed in document order,
	// then sorted and averaged.
	type entry struct {
		order int
		group Group
	}
	type key struct {
		order int
		name  string
	}
	at := map[key]int{}
	var entries []entry
	for i, d := range docs {
		order, name := g.Of(d)
		j, ok := at[key{order, name}]
		if !ok {
			j = len(entries)
			at[key{order, name}] = j
			entries = append(entries, entry{order, Group{Name: name, R1: make([]float64, len(rows))}})
		}
		gr := &entries[j].group
		gr.Docs++
		for s, r := range rows {
			gr.R1[s] += r.Results[i].Scores.R1.F1
		}
	}
	slices.SortFunc(entries, func(a, c entry) int {
		return cmp.Or(cmp.Compare(a.order, c.order), strings.Compare(a.group.Name, c.group.Name))
	})
	for _, e := range entries {
		for s := range e.group.R1 {
			e.group.R1[s] *= 100 / float64(e.group.Docs)
		}
		b.Groups = append(b.Groups, e.group)
	}
	return b, nil
}

// WriteBreakdown writes b as a Markdown table: one line per group, the R1
// of each system, then each other system's difference from b.Base, unless
// that is "".
func WriteBreakdown(w io.Writer, title string, b Breakdown) error {
	base := -1
	if b.Base != "" {
		if base = slices.Index(b.Systems, b.Base); base < 0 {
			return fmt.Errorf("evaluate: breakdown base %q is not among the systems (%s); name one of them, or \"\" for no differences", b.Base, strings.Join(b.Systems, ", "))
		}
	}
	// others are the columns compared with the base, in Systems' order.
	var others []int
	for i := range b.Systems {
		if base >= 0 && i != base {
			others = append(others, i)
		}
	}
	var s strings.Builder
	fmt.Fprintf(&s, "%s\n\n| %s | docs |", title, b.By)
	for _, n := range b.Systems {
		fmt.Fprintf(&s, " %s |", n)
	}
	for _, i := range others {
		fmt.Fprintf(&s, " %s − %s |", b.Systems[i], b.Base)
	}
	s.WriteString("\n|---|---:|")
	s.WriteString(strings.Repeat("---:|", len(b.Systems)+len(others)))
	s.WriteString("\n")
	for _, g := range b.Groups {
		fmt.Fprintf(&s, "| %s | %d |", g.Name, g.Docs)
		for _, r := range g.R1 {
			fmt.Fprintf(&s, " %.2f |", r)
		}
		for _, i := range others {
			fmt.Fprintf(&s, " %s |", signed(g.R1[i]-g.R1[base]))
		}
		s.WriteString("\n")
	}
	_, err := io.WriteString(w, s.String())
	return err
}
