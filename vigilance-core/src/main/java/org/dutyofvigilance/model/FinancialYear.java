package org.dutyofvigilance.model;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.Valid;
import java.util.Optional;

/**
 * Size figures of the reporting company for one closed financial year; thresholds in the law are tested
 * over two consecutive years.
 *
 * @param year                the year the financial year closes in
 * @param employeesFrance     employees of the company and its subsidiaries registered in France
 * @param employeesGermany    employees in Germany (for the LkSG)
 * @param employeesWorldwide  employees of the company and all its subsidiaries worldwide
 * @param netTurnoverWorldwide net worldwide turnover
 * @param netTurnoverEu       net turnover generated in the EU (thresholds for non-EU companies)
 */
public record FinancialYear(
        int year,
        Optional<@PositiveOrZero Integer> employeesFrance,
        Optional<@PositiveOrZero Integer> employeesGermany,
        Optional<@PositiveOrZero Integer> employeesWorldwide,
        Optional<@Valid Money> netTurnoverWorldwide,
        Optional<@Valid Money> netTurnoverEu) {
    public FinancialYear {
        employeesFrance = Values.fact(employeesFrance);
        employeesGermany = Values.fact(employeesGermany);
        employeesWorldwide = Values.fact(employeesWorldwide);
        netTurnoverWorldwide = Values.fact(netTurnoverWorldwide);
        netTurnoverEu = Values.fact(netTurnoverEu);
    }
}
