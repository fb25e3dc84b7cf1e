select code from program where id = :id
