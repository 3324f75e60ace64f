package summarize

import (
	"archive/tar"
	"archive/zip"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"path"
	"strconv"
	"strings"

	"github.com/talkhis/talkhis/tokenize"
)

// IsPacked reports whether a file that opens with head is compressed
// (gzip, bzip2) or an archive of files (ZIP, as a .docx is too, or tar):
// bytes that no encoding of text decodes, which Articles unpacks. head is
// the file's first bytes, 263 or more to tell a tar. A program that
// decodes its input from another encoding (the command's -encoding) asks
// it first: decoded, such a file is garbage.
func IsPacked(head []byte) bool {
	h := string(head)
	return compression(h) != "" || strings.HasPrefix(h, "PK\x03\x04") || strings.HasPrefix(h, "PK\x05\x06") || archive(h) == "tar"
}

// archive names the archive of files text is, by its signature: "ZIP" (a
// ZIP archive that is not a word processor's document, tokenize.IsOffice)
// or "tar" (POSIX's ustar or GNU's, its magic at byte 257), or "" for
// neither. Corpora come so: a directory of a text file an article
// (EASC's Articles/Article001/…), passed on as a ZIP archive or a tarball.
func archive(text string) string {
	switch {
	case strings.HasPrefix(text, "PK\x05\x06"), // an empty one
		strings.HasPrefix(text, "PK\x03\x04") && zipEnd(text) && !tokenize.IsOffice(text):
		return "ZIP"
	case len(text) >= 263 && text[257:262] == "ustar" && (text[262] == 0 || text[262] == ' '):
		return "tar"
	}
	return ""
}

// archiveArticles returns the articles of the files in an archive of kind
// (see archive), in the archive's order, each read as Articles reads a
// file, its name its ID («EASC/Topic1/doc1.txt»), or of a file of several
// articles, its name and the article's own ID or its place
// («news/feed.xml#g1», «news/feed.xml#2»). Directories, and the files a
// Mac adds (__MACOSX/, .DS_Store, ._name), are none. A file Articles
// refuses (text in another encoding, a picture, an archive inside the
// archive) is an article of its bytes, so that Summarize says what it is
// and the others are still read; an archive inside is not opened, so that
// no archive holds another without end. The files, inflated, are read up
// to ByteLimit in all: a small archive of gigabytes is refused once past
// it.
func (s *Summarizer) archiveArticles(text, kind string) ([]tokenize.Article, error) {
	limit := s.ByteLimit()
	var articles []tokenize.Article
	files := 0
	for f, err := range archiveFiles(text, kind, limit) {
		if err != nil {
			return nil, err
		}
		name, content := f.name, f.content
		if !isContent(name) {
			continue
		}
		files++
		articles = append(articles, s.fileArticles(name, content)...)
	}
	if files == 0 {
		return nil, fmt.Errorf("%w: the archive holds no file, only directories", ErrNoSentences)
	}
	return articles, nil
}

// readTar yields the articles of the files of a tar archive read from r
// (see ReadArticles), a file at a time, each no longer than ByteLimit: a
// longer one is passed over, as a web archive's longer pages are. It ends
// with the first error: a damaged archive, its gzip damaged (ErrDocument),
// or an archive without files (ErrNoSentences); a cut ends it quietly, as
// Articles reads up to a cut.
func (s *Summarizer) readTar(r io.Reader, yield func(tokenize.Article, error) bool) {
	tr := tar.NewReader(r)
	limit, files := s.ByteLimit(), 0
	damaged := func(err error) error {
		if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || errors.As(err, new(flate.CorruptInputError)) {
			return fmt.Errorf("%w: its gzip data is damaged after %d files (%v)", ErrDocument, files, err)
		}
		if errors.Is(err, tar.ErrHeader) {
			return fmt.Errorf("%w: the tar archive is damaged after %d files (%v)", ErrDocument, files, err)
		}
		return err
	}
	for {
		h, err := tr.Next()
		if err != nil {
			if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
				yield(tokenize.Article{}, damaged(err))
			} else if files == 0 {
				yield(tokenize.Article{}, fmt.Errorf("%w: the archive holds no file, only directories", ErrNoSentences))
			}
			return
		}
		if h.Typeflag != tar.TypeReg || !isContent(h.Name) {
			continue
		}
		files++
		content, over, err := readWithin(tr, limit, int(min(h.Size, 1<<20)))
		if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
			yield(tokenize.Article{}, damaged(err))
			return
		}
		if over {
			continue
		}
		for _, a := range s.fileArticles(h.Name, content) {
			if !yield(a, nil) {
				return
			}
		}
	}
}

// zipAt returns the ZIP archive of files r is, for a reader that reads it
// a part at a time (an *os.File, a bytes.Reader, a strings.Reader) and
// has read none of it yet; nil for anything else, a word processor's
// document included. A ZIP archive's list of files is at its end, which a
// stream reaches only once it has read it all.
func zipAt(r io.Reader) *zip.Reader {
	ra, ok := r.(io.ReaderAt)
	if !ok {
		return nil
	}
	var size int64
	switch v := r.(type) {
	case interface {
		Len() int
		Size() int64
	}: // a bytes.Reader or a strings.Reader, unread
		if int64(v.Len()) != v.Size() {
			return nil
		}
		size = v.Size()
	case interface {
		Stat() (fs.FileInfo, error)
		Seek(int64, int) (int64, error)
	}: // a file, at its start
		info, err := v.Stat()
		if err != nil || !info.Mode().IsRegular() {
			return nil
		}
		if at, err := v.Seek(0, io.SeekCurrent); err != nil || at != 0 {
			return nil
		}
		size = info.Size()
	default:
		return nil
	}
	head := make([]byte, 4)
	if n, _ := ra.ReadAt(head, 0); n < 4 || string(head) != "PK\x03\x04" {
		return nil
	}
	z, err := zip.NewReader(ra, size)
	if err != nil || tokenize.IsOfficeZip(z) {
		return nil
	}
	return z
}

// readZip yields the articles of the files of the ZIP archive z (see
// ReadArticles), a file at a time, each no longer than ByteLimit (a longer
// one is passed over); an archive without files ends with ErrNoSentences.
func (s *Summarizer) readZip(z *zip.Reader, yield func(tokenize.Article, error) bool) {
	limit, files := s.ByteLimit(), 0
	for _, f := range z.File {
		if f.Mode().IsDir() || !isContent(f.Name) {
			continue
		}
		files++
		var content string
		if rc, err := f.Open(); err == nil {
			var over bool
			content, over, _ = readWithin(rc, limit, int(min(f.UncompressedSize64, 1<<20)))
			rc.Close()
			if over {
				continue
			}
		}
		// A file that does not inflate (damaged, or an unknown method) is
		// what could be read of it, as Articles reads it.
		for _, a := range s.fileArticles(f.Name, content) {
			if !yield(a, nil) {
				return
			}
		}
	}
	if files == 0 {
		yield(tokenize.Article{}, fmt.Errorf("%w: the archive holds no file, only directories", ErrNoSentences))
	}
}

// fileArticles returns the articles of the file of an archive named name
// (see archiveArticles): as Articles reads a file, each named by name, or
// its bytes when Articles refuses it or it is an archive too.
func (s *Summarizer) fileArticles(name, content string) []tokenize.Article {
	var got []tokenize.Article
	var err error
	if archive(content) == "" && (compression(content) == "" || !holdsArchive(content)) {
		got, err = s.Articles(content)
	}
	if err != nil || got == nil {
		return []tokenize.Article{{Text: content, ID: name}}
	}
	for k := range got {
		switch a := &got[k]; {
		case a.ID != "":
			a.ID = name + "#" + a.ID
		case len(got) > 1:
			a.ID = name + "#" + strconv.Itoa(k+1)
		default:
			a.ID = name
		}
	}
	return got
}

// zipEnd reports whether text ends as a ZIP archive does, with the record
// that ends its directory in its last 65,557 bytes (22, and a comment of
// up to 65,535), where zip readers look for it: text that only opens with
// a file's signature («PK\x03\x04» and prose) is no archive.
func zipEnd(text string) bool {
	return strings.Contains(text[max(0, len(text)-65557):], "PK\x05\x06")
}

// holdsArchive reports whether compressed text (a file.tar.gz inside an
// archive) is an archive once decompressed, reading no more of it than
// its first block.
func holdsArchive(text string) bool {
	r, err := decompressor(text, compression(text))
	if err != nil {
		return false
	}
	head := make([]byte, 263)
	n, _ := io.ReadFull(r, head)
	return archive(string(head[:n])) != ""
}

// isContent reports whether an archive's member named name is one of its
// files, not a directory or what a Mac leaves beside each file.
func isContent(name string) bool {
	base := path.Base(name)
	return !strings.HasSuffix(name, "/") && !strings.HasPrefix(name, "__MACOSX/") && base != ".DS_Store" && !strings.HasPrefix(base, "._")
}

// archived is a file of an archive: its name in the archive, and its
// contents.
type archived struct{ name, content string }

// archiveFiles yields the name and contents of each regular file and
// directory in an archive of kind, in order, the contents no more than
// limit bytes in all (-1: no bound); then an error that ends the
// sequence: ErrTooLarge past the limit, ErrDocument for an archive that
// is damaged. A tar cut off gives the files before the cut; a ZIP
// archive, whose directory is at its end, gives none.
func archiveFiles(text, kind string, limit int) iter.Seq2[archived, error] {
	return func(yield func(archived, error) bool) {
		left := limit
		read := func(r io.Reader) (string, error) {
			if left < 0 {
				b, err := io.ReadAll(r)
				return string(b), err
			}
			b, err := io.ReadAll(io.LimitReader(r, int64(left)+1))
			if len(b) > left {
				return "", fmt.Errorf("%w: its files, inflated, are past %d bytes (raise Summarizer.MaxBytes, or take the files out and give them one by one)", ErrTooLarge, limit)
			}
			left -= len(b)
			return string(b), err
		}
		if kind == "tar" {
			r := tar.NewReader(strings.NewReader(text))
			for {
				h, err := r.Next()
				if err != nil {
					if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
						yield(archived{}, fmt.Errorf("%w: the tar archive is damaged (%v)", ErrDocument, err))
					}
					return
				}
				var content string
				switch h.Typeflag {
				case tar.TypeDir:
					h.Name = strings.TrimSuffix(h.Name, "/") + "/"
				case tar.TypeReg:
					if content, err = read(r); err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
						yield(archived{}, err)
						return
					}
				default: // links, devices: no file's text
					continue
				}
				if !yield(archived{h.Name, content}, nil) {
					return
				}
			}
		}
		z, err := zip.NewReader(strings.NewReader(text), int64(len(text)))
		if err != nil {
			yield(archived{}, fmt.Errorf("%w: the ZIP archive is damaged or cut off (%v); a ZIP archive's list of files is at its end", ErrDocument, err))
			return
		}
		for _, f := range z.File {
			var content string
			name := f.Name
			if f.Mode().IsDir() { // by its name, or by its attributes alone
				name = strings.TrimSuffix(name, "/") + "/"
			} else {
				rc, err := f.Open()
				if err == nil {
					content, err = read(rc)
					rc.Close()
				}
				if errors.Is(err, ErrTooLarge) {
					yield(archived{}, err)
					return
				}
				// A file that does not inflate (damaged, or an unknown
				// method) is what could be read of it.
			}
			if !yield(archived{name, content}, nil) {
				return
			}
		}
	}
}
