"""«Проверка данных»: the contradictions the declared data rules find, each with a link to
its record."""
