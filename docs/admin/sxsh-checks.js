// Checks the web form runs before it saves, with the messages `make check` gives
// (scripts/content/case_figures.py): "path:line: field: Vietnamese — fix", then the English.
// They run in the editor's browser, so they work with the forge's backend too, without a server
// of ours. The line is the line of the field in the file as the form writes it (sxsh-yaml.js).
// Every other rule is checked on the pull request by `make check` (.forgejo/workflows/check.yml).
import { fieldLines } from "./sxsh-yaml.js";

const TOLERANCE = 0.01; // payback is written with two decimals, as in case_figures.py

function yamlNumber(value) {
  return Number.isInteger(value) ? String(value) : String(Number(Number(value).toPrecision(10)));
}

function payback(investment, savings) {
  if (investment === 0) return 0;
  if (savings === 0) return null;
  return Math.round((investment / savings) * 100) / 100;
}

const YEARLY = "nam"; // savings_period when it is left empty (scripts/content/schema.py)

/** The measure's savings if they are published per year, else null (case_figures.yearly_savings). */
function yearlySavings(measure) {
  const period = measure.savings_period || YEARLY;
  return period === YEARLY && typeof measure.savings_vnd === "number" ? measure.savings_vnd : null;
}

/** The problems of one case study's front matter, as check_case() words them. */
export function caseProblems(source, data, order) {
  const problems = [];
  const lines = fieldLines(data, order);
  (data.measures || []).forEach((measure, position) => {
    if (!measure || typeof measure.payback_years !== "number") return;
    const index = position + 1;
    const field = `measures[${index}].payback_years`;
    const line = lines[field] || lines[`measures[${index}]`] || 1;
    const investment = measure.investment_vnd;
    const savings = yearlySavings(measure);
    const written = measure.payback_years;
    if (typeof investment !== "number" || savings === null) {
      problems.push(`${source}:${line}: ${field}: thời gian hoàn vốn chỉ tính được khi có cả vốn đầu tư và tiền`
        + " tiết kiệm mỗi năm — xoá dòng payback_years (trang sẽ ghi “chưa công bố”), hoặc thêm số còn thiếu nếu"
        + " nguồn có công bố"
        + "\n    (EN) a payback can only be worked out from both the investment and the yearly savings — delete the"
        + " payback_years line (the page says “not published”), or add the missing figure if the source publishes it");
      return;
    }
    const expected = payback(investment, savings);
    const inv = yamlNumber(investment);
    const sav = yamlNumber(savings);
    if (expected === null) {
      problems.push(`${source}:${line}: ${field}: giải pháp không tiết kiệm được gì (savings_vnd: ${sav})`
        + " nên không bao giờ hoàn vốn — xoá dòng payback_years, hoặc sửa số tiền tiết kiệm mỗi năm"
        + `\n    (EN) the measure saves nothing (savings_vnd: ${sav}), so it never pays back`
        + " — delete the payback_years line, or correct the yearly savings");
    } else if (Math.abs(written - expected) > TOLERANCE + 1e-9) {
      const howVi = investment === 0 ? "không cần vốn đầu tư nên hoàn vốn ngay"
        : `vốn đầu tư ${inv} chia cho tiền tiết kiệm mỗi năm ${sav} là ${yamlNumber(expected)} năm`;
      const howEn = investment === 0 ? "there is no investment, so it pays back at once"
        : `the investment ${inv} divided by the yearly savings ${sav} is ${yamlNumber(expected)} years`;
      problems.push(`${source}:${line}: ${field}: thời gian hoàn vốn ghi ${yamlNumber(written)} năm, nhưng ${howVi}`
        + ` — viết “payback_years: ${yamlNumber(expected)}”`
        + `\n    (EN) the payback is written as ${yamlNumber(written)} years, but ${howEn}`
        + ` — write “payback_years: ${yamlNumber(expected)}”`);
    }
  });
  return problems;
}

const CHECKS = { case: caseProblems };

/** Decap's preSave listener: an error stops the save and Decap shows its message to the editor. */
export function checkBeforeSave(fieldOrder) {
  return ({ entry }) => {
    const check = CHECKS[entry.get("collection")];
    if (!check) return undefined;
    const order = fieldOrder[entry.get("collection")] || [];
    const path = entry.get("path");
    const languages = [["vi", entry.get("data")], ["en", entry.getIn(["i18n", "en", "data"])]];
    const problems = languages.filter(([, data]) => data).flatMap(([language, data]) =>
      check(path.replace(/\.md$/, `.${language}.md`), data.toJS(), order));
    if (problems.length > 0) {
      throw new Error(`Chưa lưu: sửa lỗi rồi lưu lại. / Not saved: fix, then save again.\n${problems.join("\n")}`);
    }
    return undefined;
  };
}
