"""How class_list_5a.xlsb was made (not run by the tests): SheetJS 0.18.5 wrote the book
(`node make_xlsb.js`, below) and this script rewrote its cell records to the full form Excel itself writes.

SheetJS writes every cell after the first of a row as a «short» record ([MS-XLSB] 2.5.10 ShortCell: no
column, the column is the previous cell's plus one); Excel writes the full form (2.5.9 Cell: column, then
style). python-calamine reads only the full form (the program rewrites such a book in memory:
ejournal_desktop/services/exchange/xlsb_cells.py); class_list_5a.xlsb is the book as Excel would have saved
it, class_list_5a_sheetjs.xlsb the book as SheetJS wrote it.

    // make_xlsb.js
    const XLSX = require("xlsx");
    const rows = [["Список 5А класса"], [], ["Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Класс"],
      ["Щёголева", "Варвара", "Андреевна", new Date(Date.UTC(2015, 0, 19)), "ж", "5А"],
      ["Юдин", "Фёдор", "Олегович", new Date(Date.UTC(2015, 9, 8)), "м", "5А"]];
    const ws = XLSX.utils.aoa_to_sheet(rows, {cellDates: true, UTC: true});
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, "5А");
    XLSX.writeFile(wb, process.argv[2], {bookType: "xlsb", bookSST: true});

plan_sheetjs.xlsb (a КТП) was written by SheetJS the same way: rows [«№», «Тема урока», «Количество
часов»], [1, «Натуральные числа», 2], [2, «Дроби», {t: "n", v: 2, f: "1+1"}], sheet «КТП».

Usage: PYTHONPATH=<the clone> python xlsb_full_cells.py class_list_5a_sheetjs.xlsb class_list_5a.xlsb
"""

import sys
import zipfile

from ejournal_desktop.services.exchange.xlsb_cells import full_cells


def main(source: str, target: str) -> None:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename.startswith("xl/worksheets/") and item.filename.endswith(".bin"):
                data = full_cells(data)[0]
            zout.writestr(item, data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
