// Office's Prettier settings (office-addin-prettier-config) at the width this
// code was written to: 140 keeps a table row or a Thai sentence on one line
// where 100 would fold most of the report builders' rows.
module.exports = { ...require("office-addin-prettier-config"), printWidth: 140 };
