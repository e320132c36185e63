/**
 * Matched controls: greedy 1:k nearest-neighbour matching without replacement, exact on categorical
 * keys and within a caliper on numeric keys, with per-case results, shortfalls and balance summaries.
 *
 * <p>Entry point: {@link org.marrow.stats.matching.NearestNeighbourMatching}.
 */
package org.marrow.stats.matching;
