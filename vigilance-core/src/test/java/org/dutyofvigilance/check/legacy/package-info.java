/**
 * A frozen copy of the structural check and the chain graph as they were before they were made fast
 * (commit 5a5f3f9): the reference that the tests compare the fast implementation with, finding for finding.
 */
package org.dutyofvigilance.check.legacy;
