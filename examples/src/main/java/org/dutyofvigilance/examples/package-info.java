/**
 * Runnable examples of the Java API: building a chain from ERP rows, checking a chain file, and rendering
 * a plan in a server. Each is compiled and run by the tests.
 */
package org.dutyofvigilance.examples;
