/**
 * The plan family: action and improvement plans, statements of action, RAG scorecards and keys ({@code action},
 * {@code ragTable}), work programmes ({@code workProgrammeEntry}), and the linking of actions to the recommendations
 * they answer.
 */
@NullMarked
package org.councilpapers.extractors.record.plan;

import org.jspecify.annotations.NullMarked;
