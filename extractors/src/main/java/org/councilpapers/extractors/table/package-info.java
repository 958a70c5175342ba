/**
 * The table-semantics layer between the layout's tables and the record extractors: header rows of
 * any depth become column paths, row headers and groups become row paths, every cell is addressed
 * by (row path, column path), and columns are typed by what their header says and their cells hold.
 * Extractors read tables through {@link org.councilpapers.extractors.table.TableView}, never by
 * walking raw rows.
 */
@NullMarked
package org.councilpapers.extractors.table;

import org.jspecify.annotations.NullMarked;
