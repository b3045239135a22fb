/**
 * Helpers of {@link org.dyad.format} that are not API: strict decoding, binary sniffing, line
 * splitting, JSON Lines parsing, HTML extraction and small JSON writing helpers. They may change
 * without notice.
 */
package org.dyad.format.internal;
