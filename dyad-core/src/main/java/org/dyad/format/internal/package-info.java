/**
 * Helpers of {@link org.dyad.format} that are not API: strict decoding, binary sniffing, line
 * splitting, JSON Lines parsing, HTML extraction, small JSON writing helpers and the aligned text
 * table of the table writers. They may change without notice.
 */
package org.dyad.format.internal;
