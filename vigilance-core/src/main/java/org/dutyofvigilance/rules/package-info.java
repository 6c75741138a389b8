/**
 * The rulebook: due-diligence obligations held as data, one JSON rule file per regime version.
 *
 * <p>{@link org.dutyofvigilance.rules.Rulebook#shipped()} gives the rule sets shipped with the library
 * (CSDDD as adopted and as amended, French duty of vigilance, ESRS S2, Platform Work Directive, LkSG);
 * {@link org.dutyofvigilance.rules.Rulebook#builder()} adds or replaces rule files of your own. Every fact
 * key a rule names is checked against the model's record components when the file is loaded, so the
 * vocabulary of the rules cannot drift from the model. The format is described in {@code docs/rules.md}.
 */
package org.dutyofvigilance.rules;
