"""Fills a questionnaire workbook from 'ipskit template --xlsx' with openpyxl,
as a reviewer's Excel would, and saves it as another program's file.

    workbook_fill.py IN.xlsx OUT.xlsx [SPEC...]

SPEC is one of
    site=TEXT  review_date=TEXT  reviewer=TEXT  cluster=TEXT   a header cell as text
    review_date=date:YYYY-MM-DD                                the header date as a real date cell
    all=N                                                      every item's score N (as a number)
    N:score=S  N:score=text:S  N:score=bool:  N:value=X  N:no_fit=WORD  N:note=TEXT   (empty: cleared)
    N:tick=ID  N:untick=ID  N:tick=bool:ID  N:tick=WORD:ID     an element: yes, no (in the template's
                                                               language), a boolean TRUE or WORD
    N:key=TEXT  ELEMENT_ROW_OF:N=ITEM_ID                       damage: column A of an item's row
    columns:KEY=TEXT  header:KEY=TEXT                          damage: a column key, a header key
Rows are found by the hidden keys, as ipskit finds them.
"""
import datetime
import sys

import openpyxl


def main(src, dst, specs):
    book = openpyxl.load_workbook(src)
    sheet = book.worksheets[0]
    header, columns, items, elements, keys_row = {}, {}, {}, {}, None
    for row in sheet.iter_rows():
        key = row[0].value
        if key is None:
            continue
        if key == "columns":
            keys_row = row[0].row
            columns = {c.value: c.column for c in row if c.value and c.column > 1}
        elif keys_row is None:
            header.setdefault(key, row[0].row)
        elif row[1].value:
            elements[(key, row[1].value)] = row[0].row
        else:
            items[row[columns["number"] - 1].value] = (key, row[0].row)
    # The template's own yes and no, read from the drop-down of an element.
    yes, no = "yes", "no"
    for validation in sheet.data_validations.dataValidation:
        choices = validation.formula1.strip('"').split(",")
        if len(choices) == 2:
            yes, no = choices
    for spec in specs:
        name, value = spec.split("=", 1)
        if name in header:
            cell = sheet.cell(header[name], 5)
            cell.value = datetime.datetime.fromisoformat(value[5:]) if value.startswith("date:") else value
            if value.startswith("date:"):
                cell.number_format = "yyyy-mm-dd"
        elif name == "all":
            for _, row in items.values():
                sheet.cell(row, columns["score"]).value = int(value)
        elif name.startswith("header:"):
            sheet.cell(header[name[7:]], 1).value = value
        elif name.startswith("columns:"):
            sheet.cell(keys_row, columns[name[8:]]).value = value
        elif name.startswith("ELEMENT_ROW_OF:"):
            item_id, row = items[int(name.split(":")[1])]
            first = min(r for (i, _), r in elements.items() if i == item_id)
            sheet.cell(first, 1).value = value
        else:
            number, field = name.split(":")
            item_id, row = items[int(number)]
            if field in ("tick", "untick"):
                kind, _, element = value.rpartition(":")
                answer = True if kind == "bool" else kind if kind else yes if field == "tick" else no
                sheet.cell(elements[(item_id, element)], columns["ticked"]).value = answer
            elif field == "key":
                sheet.cell(row, 1).value = value
            else:
                if value == "":
                    value = None
                elif value.startswith("bool:"):
                    value = True
                elif value.startswith("text:"):
                    value = value[5:]
                elif field in ("score", "value"):
                    value = float(value) if "." in value else int(value)
                sheet.cell(row, columns[field]).value = value
    book.save(dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
