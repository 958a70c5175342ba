/**
 * The agenda family: a meeting's front sheet (committee, date, time, venue, membership, the numbered agenda), the
 * {@code meeting} a front sheet, a set of minutes or a report's cover gives, and the {@code agendaItem}s of an agenda or
 * of minutes. Minutes themselves are parsed by the minutes family, whose reading this family asks for.
 */
@NullMarked
package org.councilpapers.extractors.record.agenda;

import org.jspecify.annotations.NullMarked;
