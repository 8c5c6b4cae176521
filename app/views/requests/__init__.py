"""«Запросы данных»: data requests to participants."""
