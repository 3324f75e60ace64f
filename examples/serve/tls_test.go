package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/examples/internal/cli"
	"github.com/talkhis/talkhis/summarize"
)

// selfSigned writes a certificate for 127.0.0.1 and its key to files in
// a temporary directory, and returns their names and a pool that trusts
// the certificate.
func selfSigned(t *testing.T) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "127.0.0.1"},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, &tmpl, &tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	keyDER, err := x509.MarshalECPrivateKey(key)
	require.NoError(t, err)
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	require.NoError(t, os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600))
	require.NoError(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600))
	cert, err := x509.ParseCertificate(der)
	require.NoError(t, err)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

// With a certificate and its key the program serves HTTPS, HTTP/2 too,
// and only HTTPS, and says so.
func TestRunTLS(t *testing.T) {
	certFile, keyFile, pool := selfSigned(t)
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}, ForceAttemptHTTP2: true}}
	stderr := serving(t, cli.Machine(), []string{"-addr", "127.0.0.1:0", "-tls-cert", certFile, "-tls-key", keyFile}, func(addr string) {
		resp, err := client.Post("https://"+addr+"/summarize?id=s", "text/plain", strings.NewReader(article))
		require.NoError(t, err)
		defer resp.Body.Close()
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		require.NotNil(t, resp.TLS)
		assert.Equal(t, 2, resp.ProtoMajor, "HTTP/2, as a browser or a client that asks for it gets")
		var got summarize.Response
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&got))
		assert.Equal(t, "s", got.ID)
		assert.NotEmpty(t, got.Summary)

		old := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11}}}
		_, err = old.Post("https://"+addr+"/summarize", "text/plain", strings.NewReader(article))
		assert.ErrorContains(t, err, "protocol version", "TLS 1.1 and older are refused")

		plain, err := http.Post("http://"+addr+"/summarize", "text/plain", strings.NewReader(article))
		require.NoError(t, err)
		plain.Body.Close()
		assert.Equal(t, http.StatusBadRequest, plain.StatusCode, "plain HTTP to an HTTPS port")
	})
	assert.Regexp(t, `serve: POST an article to https://127\.0\.0\.1:\d+/summarize, a file of articles to https://127\.0\.0\.1:\d+/articles`, stderr)
}

// A certificate without its key, or one that cannot be read, is refused
// before the server listens.
func TestRunTLSRefused(t *testing.T) {
	certFile, keyFile, _ := selfSigned(t)
	for _, tc := range []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"a certificate alone", []string{"-tls-cert", certFile}, 2, "serve: -tls-cert and -tls-key go together: give both for HTTPS, or neither for HTTP"},
		{"a key alone", []string{"-tls-key", keyFile}, 2, "serve: -tls-cert and -tls-key go together"},
		{"no such file", []string{"-tls-cert", certFile + ".x", "-tls-key", keyFile}, 1, "serve: -tls-cert and -tls-key: open " + certFile + ".x: no such file or directory"},
		{"the key for the certificate", []string{"-tls-cert", keyFile, "-tls-key", certFile}, 1, "serve: -tls-cert and -tls-key: tls: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			assert.Equal(t, tc.code, run(context.Background(), cli.Machine(), append([]string{"-addr", "127.0.0.1:0"}, tc.args...), &stderr, func(string) { t.Error("listening") }))
			assert.Contains(t, stderr.String(), tc.err)
		})
	}
}
