/**
 * Where an application's documents live: encrypted (AES-256-GCM, a data key per document wrapped by a configured
 * key-encryption key) in a file system directory or an S3-compatible object store, with only their metadata and
 * SHA-256 in the database; and the checks a document's content must pass before it is stored.
 */
package io.backops.document;
