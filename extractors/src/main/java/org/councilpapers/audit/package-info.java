/**
 * Coverage without expected records: a plain scan of a paper's layout for the evidence of each record
 * type (decision lines, attendance lines, grade words, RAG cells…), set against the records extracted,
 * so a user can ask of any pile of papers "what might this dataset be missing?".
 */
@NullMarked
package org.councilpapers.audit;

import org.jspecify.annotations.NullMarked;
